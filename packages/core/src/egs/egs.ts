/**
 * An EGS unit (e-invoice generation solution) over its lifetime: onboarding, issuing documents on
 * its ICV/PIH chain, the reporting outbox, and renewal of its production CSID. The unit's state
 * lives in an injected {@link EgsStore}, so the same class runs in a browser till (IndexedDB), a
 * Node service (file or PostgreSQL) or a test (memory). Each document is built, validated, signed
 * and stored inside the store's atomic append — before anything is sent — so a crash or a lost
 * answer can never lose an ICV or issue a document twice. Conversations with the platform go
 * through one queue per `Egs`, earliest deadline first; a document stuck with the platform does
 * not hold later ones back, since ZATCA takes them out of order (fatoora-api.md §9). One process
 * owns a unit: two `Egs` objects on one unit share its chain safely through the store, but not
 * their send order. The private key stays in memory unless the caller asks for it to be stored
 * (`storePrivateKey`). On ZATCA's developer portal, whose production CSID is one canned
 * certificate for everybody, the unit keeps a key per certificate (`production-identity.ts`).
 */
import { createFatooraClient, type FatooraClient, type FatooraClientOptions } from '../api/client.ts';
import { exportPrivateKey } from '../crypto/keys.ts';
import type { PrivateKey } from '../crypto/private-key.ts';
import { EgsError } from '../errors/egs-error.ts';
import { InputError } from '../errors/input-error.ts';
import { ValidationError } from '../errors/validation-error.ts';
import type { FatooraEnvironment } from '../model/environments.ts';
import type { InvoiceDraft } from '../model/invoice-draft.ts';
import { type EgsStatus, readStatus } from './egs-status.ts';
import { type BackoffOptions, type BackoffPolicy, resolveBackoff } from './issuing/backoff.ts';
import { type IssuedInvoice, toIssuedInvoice } from './issuing/issued-invoice.ts';
import { type DrainResult, drainOutbox, listOutbox, type OutboxItem } from './issuing/outbox.ts';
import { SerialQueue } from './issuing/serial-queue.ts';
import { signNextDocument } from './issuing/sign-next-document.ts';
import type { SubmitContext } from './issuing/submit-document.ts';
import { type OnboardingResult, type OnboardParameters, runOnboarding } from './onboarding/onboard.ts';
import {
  productionIdentity,
  productionSigningKey,
  withSellerVatNumber,
} from './onboarding/production-identity.ts';
import { assertKeyFitsUnit, resolveUnitKey } from './onboarding/unit-key.ts';
import { type RenewalResult, type RenewParameters, runRenewal } from './renewal/renew.ts';
import type { EgsStore, EgsUnitRecord, StoredCsid } from './store/store.ts';
import { credentialsOf } from './store/stored-csid.ts';
import { unitFaults } from './unit-faults.ts';

/** Options of {@link Egs.open}. */
export interface EgsOpenOptions {
  /** Where the unit's record, chain and documents live. */
  readonly store: EgsStore;
  /** The unit's id in the store (e.g. its EGS serial number). */
  readonly unitId: string;
  /**
   * The Fatoora API client (its own credentials, if any, are never used: each call gets the CSID
   * it needs), or the options to create one.
   */
  readonly client: FatooraClient | FatooraClientOptions;
  /** The unit's private key (a key or PEM text); default: the one stored in the record, if any. */
  readonly privateKey?: PrivateKey | string;
  /**
   * Keep the private key in the unit's record (PKCS#8 PEM). Default false: the key stays in this
   * process, and the caller keeps it (`exportPrivateKey(egs.privateKey)` after onboarding).
   */
  readonly storePrivateKey?: boolean;
  /** The clock. Default: `() => new Date()`. */
  readonly now?: () => Date;
  /** The outbox's waits between attempts. */
  readonly backoff?: BackoffOptions;
}

/** Options of {@link Egs.issue}. */
export interface IssueOptions {
  /** Report a simplified document at once instead of leaving it in the outbox. Default false. */
  readonly reportNow?: boolean;
}

/** Options of {@link Egs.drainOutbox}. */
export interface DrainOutboxOptions {
  /** Send even the documents whose backoff has not run out. Default false. */
  readonly force?: boolean;
  /**
   * Stop after this ICV: send the pending documents up to it (earliest deadline first) and leave
   * later ones in the outbox. Default: the whole outbox.
   */
  readonly upTo?: number;
}

type OnboardedUnit = EgsUnitRecord & { readonly productionCsid: StoredCsid };

/**
 * An EGS unit.
 *
 * @example
 * ```ts
 * const egs = await Egs.open({ store: new MemoryEgsStore(), unitId: 'till-1', client: { environment: 'simulation' } });
 * await egs.onboard({ otp: '123456', csrConfig, environment: 'simulation' });
 * const invoice = await egs.issue(draft); // ICV, PIH and UUID assigned; standard → cleared
 * if (invoice.document) handOver(invoice.document);
 * await egs.drainOutbox(); // simplified documents are reported within 24 hours
 * ```
 */
export class Egs {
  /** The unit's id in the store. */
  readonly unitId: string;
  readonly #store: EgsStore;
  readonly #client: FatooraClient;
  readonly #now: () => Date;
  readonly #backoff: BackoffPolicy;
  readonly #storePrivateKey: boolean;
  readonly #queue = new SerialQueue();
  readonly #appends = new Set<Promise<unknown>>();
  #renewing: Promise<unknown> | undefined;
  #unit: EgsUnitRecord | undefined;
  #privateKey: PrivateKey | undefined;

  private constructor(options: EgsOpenOptions, client: FatooraClient, backoff: BackoffPolicy) {
    this.unitId = options.unitId;
    this.#store = options.store;
    this.#client = client;
    this.#now = options.now ?? (() => new Date());
    this.#backoff = backoff;
    this.#storePrivateKey = options.storePrivateKey === true;
  }

  /**
   * Opens a unit: loads its record (none before its first onboarding) and checks the key.
   *
   * @throws {InputError} field `store`, `unitId`, `client` (any of `createFatooraClient`'s
   * fields), `now` or `backoff.*`.
   * @throws {KeyError} when `privateKey` (or the stored one) is not a private key.
   * @throws {EgsError} `key-mismatch` when the key is not the stored one or does not fit the
   * unit's certificate.
   * @throws {StoreError} when the store fails.
   * @example
   * ```ts
   * const egs = await Egs.open({ store, unitId: 'till-1', client, privateKey: keyPem });
   * ```
   */
  static async open(options: EgsOpenOptions): Promise<Egs> {
    const store = options?.store as Partial<EgsStore> | undefined;
    if (typeof store?.appendDocument !== 'function' || typeof store.loadUnit !== 'function') {
      throw new InputError('store', 'egs-store', 'Give an EgsStore (e.g. new MemoryEgsStore()).');
    }
    if (typeof options.unitId !== 'string' || options.unitId.trim() === '') {
      throw new InputError('unitId', 'unit-id-required', 'Give the unit id as non-empty text.');
    }
    if (options.now !== undefined && typeof options.now !== 'function') {
      throw new InputError('now', 'function', 'The now option must be a function returning a Date.');
    }
    const given = options.client as Partial<FatooraClient> | undefined;
    const client =
      typeof given?.request === 'function'
        ? (given as FatooraClient)
        : createFatooraClient(options.client as FatooraClientOptions);
    const egs = new Egs(options, client, resolveBackoff(options.backoff));
    const record = await options.store.loadUnit(options.unitId);
    const key = resolveUnitKey(options.privateKey, record);
    if (key !== undefined && record !== undefined) {
      assertKeyFitsUnit(key, record, record.environment ?? client.environment);
    }
    egs.#privateKey = key;
    egs.#unit = record;
    if (
      key !== undefined &&
      record !== undefined &&
      egs.#storePrivateKey &&
      record.privateKeyPem === undefined
    ) {
      egs.#unit = {
        ...record,
        privateKeyPem: exportPrivateKey(key, { format: 'pkcs8' }),
        updatedAt: egs.#now().toISOString(),
      };
      await options.store.saveUnit(egs.#unit);
    }
    return egs;
  }

  /** The unit's private key, once known (given, stored, or generated by {@link Egs.onboard}). */
  get privateKey(): PrivateKey | undefined {
    return this.#privateKey;
  }

  /**
   * The Fatoora environment the unit was onboarded for (its record's; for a unit onboarded before
   * records kept it, or not onboarded yet, its client's), when known.
   */
  get environment(): FatooraEnvironment | undefined {
    return this.#unit?.environment ?? this.#client.environment;
  }

  /** Whether the unit holds a production CSID. */
  get onboarded(): boolean {
    return this.#unit?.productionCsid !== undefined;
  }

  /** When the production CSID expires (its certificate's notAfter); `undefined` before onboarding. */
  get csidExpiry(): Date | undefined {
    const expiresAt = this.#unit?.productionCsid?.expiresAt;
    return expiresAt === undefined ? undefined : new Date(expiresAt);
  }

  /**
   * Onboards the unit, or resumes an onboarding that failed part-way (see `onboard.ts`).
   *
   * @throws {InputError} for a broken CSR configuration, an environment that is not the client's,
   * or a missing OTP while the compliance CSID is still to be requested.
   * @throws {EgsError} `onboarding-failed` (the failed step in `details.step`, the API error as
   * `cause`), `csr-config-mismatch`, `private-key-missing`, `key-mismatch`.
   * @throws {StoreError} when the store fails.
   * @example
   * ```ts
   * const result = await egs.onboard({ otp: '123345', csrConfig, environment: 'simulation' });
   * result.steps; // [{ step: 'compliance-csid', outcome: 'passed' }, …]
   * ```
   */
  onboard(parameters: OnboardParameters): Promise<OnboardingResult> {
    return this.#queue.run(async () => {
      try {
        const { record, result } = await runOnboarding(
          {
            store: this.#store,
            unitId: this.unitId,
            client: this.#client,
            privateKey: this.#privateKey,
            storePrivateKey: this.#storePrivateKey,
            now: this.#now,
            uuid: randomUuid,
            keepPrivateKey: (key) => {
              this.#privateKey = key;
            },
          },
          parameters,
        );
        this.#unit = record;
        return result;
      } catch (error) {
        this.#unit = await this.#store.loadUnit(this.unitId);
        throw error;
      }
    });
  }

  /**
   * Issues a document: assigns its ICV, PIH and UUID, validates, builds and signs it, and stores it
   * in one atomic append; then clears a standard document (a 303 sends it to reporting instead)
   * or, with `reportNow`, reports a simplified one — earlier pending documents that are due go
   * first, and one that stays pending does not hold it back. A simplified document otherwise waits
   * in the outbox. A 400 settles it as `rejected`; a 5xx, a 429, a timeout or a lost connection
   * leaves it `pending` for the outbox; neither throws.
   *
   * It is signed with the key of the production CSID's certificate: the unit's own key, or on the
   * developer portal's canned certificate the SDK's test key — and there a seller VAT number that
   * is the CSR's is written as the certificate's, 399999999900003 (`status().issuing` says so).
   *
   * @throws {EgsError} `not-onboarded`, `private-key-missing`.
   * @throws {ValidationError} with every error fault of the document (nothing is stored), including
   * `certificate-permissions` for a seller VAT number or subtype the unit's certificate does not
   * allow.
   * @throws {SignatureError} `key-certificate-mismatch` when the signing key does not fit the
   * certificate it would embed (a record changed under the unit): nothing is signed or stored.
   * @throws {StoreError} when the store fails.
   * @example
   * ```ts
   * const issued = await egs.issue({ id: 'INV-1', typeCode: '388', transaction, seller, buyer, lines });
   * issued.state; // 'cleared'
   * issued.document; // ZATCA's cleared XML, for the buyer
   * ```
   */
  async issue(draft: InvoiceDraft, options: IssueOptions = {}): Promise<IssuedInvoice> {
    // A renewal swaps the certificate: documents are signed before it starts or after it ends.
    while (this.#renewing !== undefined) await this.#renewing.catch(() => undefined);
    const unit = this.#onboardedUnit();
    const unitKey = this.#requireKey();
    const identity = productionIdentity(unit.productionCsid, unit, this.environment);
    const issued = withSellerVatNumber(draft, identity, unit.csrConfig);
    const faults = unitFaults(issued, unit.csrConfig, identity.sellerVatNumber);
    if (faults.length > 0) throw new ValidationError(faults);
    const append = this.#store.appendDocument(
      this.unitId,
      signNextDocument({
        draft: issued,
        // signInvoice refuses a key that does not fit the certificate (key-certificate-mismatch).
        privateKey: productionSigningKey(identity, unitKey),
        certificate: unit.productionCsid.certificate,
        now: this.#now,
        uuid: randomUuid,
      }),
    );
    this.#appends.add(append);
    let record: Awaited<typeof append>;
    try {
      record = await append;
    } finally {
      this.#appends.delete(append);
    }
    if (record.submission.route === 'reporting' && options.reportNow !== true) return toIssuedInvoice(record);
    // The new document is due at once; earlier ones go first when their backoff has run out.
    await this.#queue.run(() => drainOutbox(this.#submitContext(), { upTo: record.counter }));
    const latest = await this.#store.getDocument(this.unitId, record.counter);
    return toIssuedInvoice(latest ?? record);
  }

  /**
   * An issued document by its ICV, or `undefined`.
   *
   * @throws {StoreError} when the store fails.
   * @example
   * ```ts
   * (await egs.document(7))?.state; // 'reported'
   * ```
   */
  async document(counter: number): Promise<IssuedInvoice | undefined> {
    const record = await this.#store.getDocument(this.unitId, counter);
    return record === undefined ? undefined : toIssuedInvoice(record);
  }

  /**
   * The outbox: documents still pending with the platform, earliest deadline first, each with its
   * deadline (issue + 24 h, BR-KSA-98), its next attempt, and — for a stuck one — its last answer.
   *
   * @throws {StoreError} when the store fails.
   * @example
   * ```ts
   * (await egs.pending()).filter((item) => item.overdue);
   * ```
   */
  pending(): Promise<OutboxItem[]> {
    return listOutbox(this.#store, this.unitId, this.#now());
  }

  /**
   * Sends the outbox earliest deadline first, each document at most once, with exponential backoff
   * between attempts: a document whose next attempt is not due yet is skipped (unless `force`), and
   * one that stays pending does not hold the later ones back (ZATCA takes documents out of order).
   * The result lists the stuck ones with their last answer.
   *
   * @throws {EgsError} `not-onboarded`.
   * @throws {StoreError} when the store fails.
   * @example
   * ```ts
   * const { settled, stuck } = await egs.drainOutbox();
   * for (const item of stuck) console.warn(item.counter, item.lastError?.message, item.deadline);
   * await egs.drainOutbox({ upTo: 7, force: true }); // ICV 7 and the pending documents before it
   * ```
   */
  async drainOutbox(options: DrainOutboxOptions = {}): Promise<DrainResult> {
    this.#onboardedUnit();
    return this.#queue.run(() =>
      drainOutbox(this.#submitContext(), {
        ...(options.force === true ? { force: true } : {}),
        ...(options.upTo !== undefined ? { upTo: options.upTo } : {}),
      }),
    );
  }

  /**
   * Renews the production CSID with a new CSR from the unit's configuration and its key (or the
   * new key given). Pending documents are sent first (they are signed with the current
   * certificate); documents issued meanwhile wait for the renewal to end. When the platform answers
   * with a compliance CSID (428), the unit stores it, passes the compliance checks with it and then
   * asks for the production CSID, still issuing with the current one until the switch; a renewal
   * stopped part-way resumes on the next call, without an OTP (see `renewal/renew.ts`).
   *
   * @throws {EgsError} `not-onboarded`, `private-key-missing`, `key-mismatch`, `csid-key-mismatch`,
   * `outbox-not-empty` (documents stayed pending), `renewal-failed` (the step in `details.step`,
   * the API error as `cause`).
   * @throws {InputError} field `environment` (none given and the unit has none) or `otp`.
   * @throws {KeyError} when `privateKey` is not a private key.
   * @throws {StoreError} when the store fails.
   * @example
   * ```ts
   * if (egs.csidExpiry && egs.csidExpiry.getTime() - Date.now() < 30 * 86_400_000) {
   *   const { complianceRequired, csidExpiresAt } = await egs.renew({ otp });
   * }
   * ```
   */
  async renew(parameters: RenewParameters): Promise<RenewalResult> {
    const run = (async () => {
      await Promise.allSettled([...this.#appends]);
      return this.#queue.run(async () => {
        const unit = this.#onboardedUnit();
        const privateKey = this.#requireKey();
        await drainOutbox(this.#submitContext(), { force: true });
        try {
          const renewed = await runRenewal(
            {
              store: this.#store,
              client: this.#client,
              record: unit,
              privateKey,
              environment: this.environment,
              storePrivateKey: this.#storePrivateKey,
              now: this.#now,
              uuid: randomUuid,
              drainOutbox: () => drainOutbox(this.#submitContext(), { force: true }),
            },
            parameters,
          );
          this.#unit = renewed.record;
          this.#privateKey = renewed.privateKey;
          return renewed.result;
        } catch (error) {
          // A step saved before the failure (a pending renewal, a passed check) is the unit's now.
          this.#unit = (await this.#store.loadUnit(this.unitId)) ?? this.#unit;
          throw error;
        }
      });
    })();
    this.#renewing = run;
    try {
      return await run;
    } finally {
      if (this.#renewing === run) this.#renewing = undefined;
    }
  }

  /**
   * Gives up the renewal under way — one the platform answered with a compliance CSID (428) whose
   * checks or production CSID never came through, or whose new key was lost — so that the next
   * `renew` starts afresh with a fresh OTP. The unit forgets the renewal's compliance CSID and key
   * and keeps issuing with its current production CSID, which the renewal never replaced.
   *
   * @returns whether there was a renewal to give up.
   * @throws {EgsError} `not-onboarded`.
   * @throws {StoreError} when the store fails.
   * @example
   * ```ts
   * const failure = await egs.renew({}).catch((error) => error); // private-key-missing: the new key is gone
   * if (await egs.abandonRenewal()) await egs.renew({ otp: freshOtp });
   * ```
   */
  async abandonRenewal(): Promise<boolean> {
    this.#onboardedUnit();
    return this.#queue.run(async () => {
      // The stored record decides: another process sharing the store may have ended the renewal.
      const stored = (await this.#store.loadUnit(this.unitId)) ?? this.#onboardedUnit();
      if (stored.renewal === undefined) {
        this.#unit = stored;
        return false;
      }
      const { renewal: _abandoned, ...rest } = stored;
      const next: EgsUnitRecord = { ...rest, updatedAt: this.#now().toISOString() };
      await this.#store.saveUnit(next);
      this.#unit = next;
      return true;
    });
  }

  /**
   * The unit's status: environment, onboarding, who signs and as which seller, CSID expiry, a
   * renewal under way, chain head, outbox counts and the stuck documents.
   *
   * @throws {StoreError} when the store fails.
   * @example
   * ```ts
   * const { chainHead, outbox, csidExpiresAt } = await egs.status();
   * ```
   */
  status(): Promise<EgsStatus> {
    return readStatus(this.#store, this.unitId, this.#now(), this.#client.environment);
  }

  #onboardedUnit(): OnboardedUnit {
    const unit = this.#unit;
    if (unit?.productionCsid === undefined) {
      throw new EgsError(
        'not-onboarded',
        `Unit ${this.unitId} has no production CSID yet: onboard it first.`,
        { details: { unitId: this.unitId } },
      );
    }
    return unit as OnboardedUnit;
  }

  #requireKey(): PrivateKey {
    if (this.#privateKey === undefined) {
      throw new EgsError(
        'private-key-missing',
        `Unit ${this.unitId} has no private key in this process: open it with its key (privateKey).`,
        { details: { unitId: this.unitId } },
      );
    }
    return this.#privateKey;
  }

  /** What sending needs, with the production CSID current when the queued task runs. */
  #submitContext(): SubmitContext {
    return {
      store: this.#store,
      unitId: this.unitId,
      client: this.#client.withCredentials(credentialsOf(this.#onboardedUnit().productionCsid)),
      now: this.#now,
      backoff: this.#backoff,
    };
  }
}

/** A random UUID (KSA-1) from the platform's cryptographic random source. */
function randomUuid(): string {
  return globalThis.crypto.randomUUID();
}
