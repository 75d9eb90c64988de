import { describe, expect, it } from 'vitest';
import { otherPrivateKeyText } from '../../../test/samples.ts';
import {
  draftOf,
  onboardedSdkRecord,
  sdkCsrConfig,
  sdkPrivateKey,
} from '../../../test/support/egs-fixtures.ts';
import { importPrivateKey } from '../../crypto/keys.ts';
import { DEVELOPER_PORTAL_CSID } from '../../model/developer-portal-csid.ts';
import {
  assertProductionCsidFits,
  developerPortalTestKey,
  isDeveloperPortalCsid,
  productionIdentity,
  productionSigningKey,
  withSellerVatNumber,
} from './production-identity.ts';

const record = {
  ...onboardedSdkRecord('till-1'),
  csrConfig: { ...sdkCsrConfig, vatNumber: '310122393500003' },
};
const canned = record.productionCsid!;

describe("a unit's production identity", () => {
  it('recognises the canned certificate on the developer portal only', () => {
    expect(isDeveloperPortalCsid(DEVELOPER_PORTAL_CSID.certificate, 'developer-portal')).toBe(true);
    expect(isDeveloperPortalCsid(DEVELOPER_PORTAL_CSID.certificate, 'simulation')).toBe(false);
    expect(isDeveloperPortalCsid(DEVELOPER_PORTAL_CSID.certificate, undefined)).toBe(false);
    expect(developerPortalTestKey().publicKey).toEqual(sdkPrivateKey().publicKey);
  });

  it('signs the canned certificate with the SDK test key as VAT 399999999900003, anything else with the unit key', () => {
    const unitKey = importPrivateKey(otherPrivateKeyText);
    const portal = productionIdentity(canned, record, 'developer-portal');
    expect(portal).toEqual({ signingKey: 'developer-portal-test-key', sellerVatNumber: '399999999900003' });
    expect(productionSigningKey(portal, unitKey)).toBe(developerPortalTestKey());
    const own = productionIdentity(canned, record, 'production');
    expect(own).toEqual({ signingKey: 'unit', sellerVatNumber: '310122393500003' });
    expect(productionSigningKey(own, unitKey)).toBe(unitKey);
  });

  it("writes the certificate's VAT number in place of the CSR's on the developer portal only", () => {
    const draft = draftOf('simplified-invoice');
    const ours = { ...draft, seller: { ...draft.seller, vatNumber: '310122393500003' } };
    const portal = productionIdentity(canned, record, 'developer-portal');
    expect(withSellerVatNumber(ours, portal, record.csrConfig).seller?.vatNumber).toBe('399999999900003');
    const stranger = { ...draft, seller: { ...draft.seller, vatNumber: '300000000000003' } };
    expect(withSellerVatNumber(stranger, portal, record.csrConfig)).toBe(stranger);
    const own = productionIdentity(canned, record, 'simulation');
    expect(withSellerVatNumber(ours, own, record.csrConfig)).toBe(ours);
  });

  it('accepts a production CSID for the unit key, or the canned one on the developer portal, and refuses the rest', () => {
    const unitKey = importPrivateKey(otherPrivateKeyText);
    expect(() => assertProductionCsidFits(canned, sdkPrivateKey(), 'simulation', 'till-1')).not.toThrow();
    expect(() => assertProductionCsidFits(canned, unitKey, 'developer-portal', 'till-1')).not.toThrow();
    expect(() => assertProductionCsidFits(canned, unitKey, 'production', 'till-1')).toThrow(
      expect.objectContaining({ name: 'EgsError', code: 'csid-key-mismatch' }),
    );
  });
});
