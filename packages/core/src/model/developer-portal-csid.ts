/**
 * The production CSID that ZATCA's developer portal hands out: the same canned certificate for
 * every caller, whatever CSR was sent (fatoora-api.md §2 and §10). It is the SDK's test
 * certificate for VAT 399999999900003, so on the developer portal every reported or cleared
 * document carries that seller VAT and is signed with that certificate's key pair, the SDK's test
 * key, never with the unit's own key. The EGS unit reads this to sign there, and the simulator to
 * answer as the portal does.
 *
 * Source: ZATCA's e-invoicing SDK, `Data/Certificates/cert.pem` and
 * `Data/Certificates/ec-secp256k1-priv-key.pem` (bare base64 DER, byte for byte; the test in
 * this folder compares them with the fixtures), published test material under the SDK's LGPL v3
 * licence; the secret is the one the portal's OpenAPI examples return. Never use them for anything
 * real: everyone has this key.
 */

/** The SDK test certificate's base64 DER text: what goes into `ds:X509Certificate`. */
const CERTIFICATE =
  'MIID3jCCA4SgAwIBAgITEQAAOAPF90Ajs/xcXwABAAA4AzAKBggqhkjOPQQDAjBiMRUwEwYKCZImiZPyLGQBGRYFbG9jYWwxEzARBgoJkiaJk/IsZAEZFgNnb3YxFzAVBgoJkiaJk/IsZAEZFgdleHRnYXp0MRswGQYDVQQDExJQUlpFSU5WT0lDRVNDQTQtQ0EwHhcNMjQwMTExMDkxOTMwWhcNMjkwMTA5MDkxOTMwWjB1MQswCQYDVQQGEwJTQTEmMCQGA1UEChMdTWF4aW11bSBTcGVlZCBUZWNoIFN1cHBseSBMVEQxFjAUBgNVBAsTDVJpeWFkaCBCcmFuY2gxJjAkBgNVBAMTHVRTVC04ODY0MzExNDUtMzk5OTk5OTk5OTAwMDAzMFYwEAYHKoZIzj0CAQYFK4EEAAoDQgAEoWCKa0Sa9FIErTOv0uAkC1VIKXxU9nPpx2vlf4yhMejy8c02XJblDq7tPydo8mq0ahOMmNo8gwni7Xt1KT9UeKOCAgcwggIDMIGtBgNVHREEgaUwgaKkgZ8wgZwxOzA5BgNVBAQMMjEtVFNUfDItVFNUfDMtZWQyMmYxZDgtZTZhMi0xMTE4LTliNTgtZDlhOGYxMWU0NDVmMR8wHQYKCZImiZPyLGQBAQwPMzk5OTk5OTk5OTAwMDAzMQ0wCwYDVQQMDAQxMTAwMREwDwYDVQQaDAhSUlJEMjkyOTEaMBgGA1UEDwwRU3VwcGx5IGFjdGl2aXRpZXMwHQYDVR0OBBYEFEX+YvmmtnYoDf9BGbKo7ocTKYK1MB8GA1UdIwQYMBaAFJvKqqLtmqwskIFzVvpP2PxT+9NnMHsGCCsGAQUFBwEBBG8wbTBrBggrBgEFBQcwAoZfaHR0cDovL2FpYTQuemF0Y2EuZ292LnNhL0NlcnRFbnJvbGwvUFJaRUludm9pY2VTQ0E0LmV4dGdhenQuZ292LmxvY2FsX1BSWkVJTlZPSUNFU0NBNC1DQSgxKS5jcnQwDgYDVR0PAQH/BAQDAgeAMDwGCSsGAQQBgjcVBwQvMC0GJSsGAQQBgjcVCIGGqB2E0PsShu2dJIfO+xnTwFVmh/qlZYXZhD4CAWQCARIwHQYDVR0lBBYwFAYIKwYBBQUHAwMGCCsGAQUFBwMCMCcGCSsGAQQBgjcVCgQaMBgwCgYIKwYBBQUHAwMwCgYIKwYBBQUHAwIwCgYIKoZIzj0EAwIDSAAwRQIhALE/ichmnWXCUKUbca3yci8oqwaLvFdHVjQrveI9uqAbAiA9hC4M8jgMBADPSzmd2uiPJA6gKR3LE03U75eqbC/rXA==';

/**
 * The developer portal's canned production CSID and the test key that matches it.
 *
 * @example
 * ```ts
 * import { importPrivateKey, parseCertificate } from '@fatoora/core';
 * const certificate = parseCertificate(DEVELOPER_PORTAL_CSID.certificate);
 * const key = importPrivateKey(DEVELOPER_PORTAL_CSID.privateKey); // its public key is the certificate's
 * DEVELOPER_PORTAL_CSID.vatNumber; // '399999999900003'
 * ```
 */
export const DEVELOPER_PORTAL_CSID = {
  /** The VAT number in the certificate (SAN UID): the seller VAT of every document issued with it. */
  vatNumber: '399999999900003',
  /** The certificate as base64 DER text, as `ds:X509Certificate` carries it. */
  certificate: CERTIFICATE,
  /** What the portal sends as `binarySecurityToken`: base64 of the certificate's text (1,772 characters). */
  binarySecurityToken: btoa(CERTIFICATE),
  /** The secret the portal pairs with it (the Basic-auth password). */
  secret: 'CkYsEXfV8c1gFHAtFWoZv73pGMvh/Qyo4LzKM2h/8Hg=',
  /** The SDK's test key for this certificate, SEC1 DER as base64 (`importPrivateKey` reads it). */
  privateKey:
    'MHQCAQEEIL14JV+5nr/sE8Sppaf2IySovrhVBtt8+yz+g4NRKyz8oAcGBSuBBAAKoUQDQgAEoWCKa0Sa9FIErTOv0uAkC1VIKXxU9nPpx2vlf4yhMejy8c02XJblDq7tPydo8mq0ahOMmNo8gwni7Xt1KT9UeA==',
} as const;
