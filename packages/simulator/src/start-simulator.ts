/**
 * Starts a simulator: opens its store (a data directory, or memory), loads or creates its CA,
 * loads what it remembers, and listens on loopback (an ephemeral port unless told otherwise).
 * The handle it returns gives the base URL — the default environment at the root, each
 * environment under ZATCA's prefix — the live fault and behaviour settings, the CA's certificate
 * (the trust anchor for what it issues), an OTP minter standing in for the Fatoora portal, and
 * `close()`.
 */
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Certificate } from '@fatoora/core/crypto';
import { writePem } from '@fatoora/core/crypto';
import { ENVIRONMENTS, type FatooraEnvironment, isFatooraEnvironment } from '@fatoora/core/model';
import { mintPortalOtp } from './admin/otp.ts';
import {
  type AnalysisPool,
  analyzeInline,
  createAnalysisPool,
  type SubmissionAnalyzer,
  sharedAnalysisPool,
} from './analysis/analysis-pool.ts';
import type { OtpOptions } from './auth/otp.ts';
import type { BehaviourSettings } from './behaviours/behaviour-table.ts';
import { BehaviourSwitches } from './behaviours/behaviours.ts';
import { createAuthorityMaterial, loadAuthority } from './ca/certificate-authority.ts';
import type { SimulatorContext } from './context.ts';
import { ArrivalOrder } from './endpoints/arrival-order.ts';
import { FaultInjector, type FaultSettings } from './faults/faults.ts';
import { answerLogFromEnvironment } from './http/answer-log.ts';
import { createSimulatorServer } from './server.ts';
import { createFileStore } from './store/file-store.ts';
import { createMemoryStore } from './store/memory-store.ts';
import { emptyState } from './store/state.ts';

/** Options of {@link startSimulator}. */
export interface SimulatorOptions {
  /** The TCP port; default 0, an ephemeral one (read it from `url`). */
  readonly port?: number;
  /** The address to listen on; default `127.0.0.1`. Anything else exposes the admin API too. */
  readonly host?: string;
  /** A directory to keep CSIDs, chains, submissions and the CA in; in memory when absent. */
  readonly dataDir?: string;
  /** The environment the root path serves; default `simulation`. */
  readonly defaultEnvironment?: FatooraEnvironment;
  /**
   * Which OTPs simulation and production accept besides minted ones (default none: mint one per
   * unit with `mintOtp()`); the developer portal has its own fixed ones (`123345` works).
   */
  readonly otp?: OtpOptions;
  /** Faults to start with (see {@link FaultSettings}). */
  readonly faults?: Partial<FaultSettings>;
  /**
   * The unsettled platform behaviours to start with, by name (see `BEHAVIOURS`); the others keep
   * the defaults of fatoora-api.md §11.
   */
  readonly behaviours?: Partial<BehaviourSettings>;
  /** The clock (certificate validity, OTP expiry, BR-KSA-98's 24 hours); default the real one. */
  readonly now?: () => Date;
  /** The largest request body taken, in bytes; default 2 MiB. */
  readonly maxBodyBytes?: number;
  /** Receives one line per call (method, path, status, time; never headers or bodies). */
  readonly log?: (line: string) => void;
  /**
   * How many threads analyse submitted documents. By default the process's shared pool (one less
   * than the cores, from 1 to 2), so that a large document never holds up other calls; a number
   * gives this simulator its own pool, started with it and closed with it; `0` analyses on the
   * event loop.
   */
  readonly analysisThreads?: number;
}

/** A running simulator. */
export interface RunningSimulator {
  /** `http://127.0.0.1:<port>`, no trailing slash: the default environment's base URL. */
  readonly url: string;
  /** The TCP port it listens on: the one asked for, or the free one the system chose for port 0. */
  readonly port: number;
  /** The environment served at the root path (`url`); every one is also under its gateway path. */
  readonly defaultEnvironment: FatooraEnvironment;
  /** The data directory (absolute), or `undefined` in memory. */
  readonly dataDir: string | undefined;
  /** The live fault settings; changes apply to the next call. */
  readonly faults: FaultInjector;
  /** The live behaviour settings (fatoora-api.md §11); changes apply to the next call. */
  readonly behaviours: BehaviourSwitches;
  /** The CA's root certificate. */
  readonly certificates: {
    /** The CA's self-signed root: the issuer of every CSID the simulator grants. */
    readonly ca: Certificate;
  };
  /**
   * The CA's root certificate as PEM: the trust anchor for documents signed with this simulator's
   * CSIDs (`verifyInvoice(xml, { trustAnchors: [simulator.caCertificatePem] })`). It is also
   * served at `GET /simulator/certificates`.
   */
  readonly caCertificatePem: string;
  /** The base URL of an environment, e.g. `…/e-invoicing/core` for production. */
  urlFor(environment: FatooraEnvironment): string;
  /** Mints a single-use OTP valid for an hour, as the Fatoora portal does. */
  mintOtp(): Promise<string>;
  /** Stops the server; calls under way finish first. */
  close(): Promise<void>;
}

const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;

/**
 * Starts a simulator.
 *
 * @throws {TypeError} for an invalid option (port, environment, body limit, fault or behaviour setting).
 * @throws {Error} when the port is taken or the data directory cannot be read or written.
 * @example
 * ```ts
 * const simulator = await startSimulator();
 * const client = createFatooraClient({ baseUrl: simulator.url });
 * const compliance = await client.requestComplianceCsid({ csr, otp: await simulator.mintOtp() });
 * await simulator.close();
 * ```
 */
export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const port = options.port ?? 0;
  const host = options.host ?? '127.0.0.1';
  const defaultEnvironment = options.defaultEnvironment ?? 'simulation';
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new TypeError(`port must be a whole number from 0 to 65535, got ${String(port)}.`);
  }
  if (!isFatooraEnvironment(defaultEnvironment)) {
    throw new TypeError(
      `defaultEnvironment must be one of ${Object.keys(ENVIRONMENTS).join(', ')}, got ${String(defaultEnvironment)}.`,
    );
  }
  if (!Number.isSafeInteger(maxBodyBytes) || maxBodyBytes < 1) {
    throw new TypeError(`maxBodyBytes must be a positive whole number, got ${String(maxBodyBytes)}.`);
  }
  const { analysisThreads } = options;
  if (analysisThreads !== undefined && (!Number.isInteger(analysisThreads) || analysisThreads < 0)) {
    throw new TypeError(`analysisThreads must be a whole number from 0, got ${String(analysisThreads)}.`);
  }
  const faults = new FaultInjector(options.faults);
  const behaviours = new BehaviourSwitches(options.behaviours);
  const now = options.now ?? (() => new Date());

  const dataDir = options.dataDir === undefined ? undefined : resolve(options.dataDir);
  const store = dataDir === undefined ? createMemoryStore() : createFileStore(dataDir);
  let material = await store.loadAuthority();
  if (!material) {
    material = createAuthorityMaterial(now());
    await store.saveAuthority(material);
  }
  const ownPool: AnalysisPool | undefined = analysisThreads
    ? createAnalysisPool({ threads: analysisThreads })
    : undefined;
  await ownPool?.warm();
  const analyze: SubmissionAnalyzer =
    analysisThreads === 0 ? analyzeInline : (ownPool ?? sharedAnalysisPool()).analyze;
  const context: SimulatorContext = {
    state: (await store.loadState()) ?? emptyState(),
    store,
    authority: loadAuthority(material),
    faults,
    behaviours,
    otp: options.otp ?? {},
    now,
    defaultEnvironment,
    analyze,
    arrivals: new ArrivalOrder(),
  };

  const answerLog = answerLogFromEnvironment(process.env);
  const { server, close } = createSimulatorServer(context, {
    maxBodyBytes,
    ...(options.log ? { log: options.log } : {}),
    ...(answerLog ? { answerLog } : {}),
  });
  try {
    await new Promise<void>((resolveListening, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolveListening();
      });
    });
  } catch (cause) {
    await ownPool?.close();
    throw cause;
  }
  const address = server.address() as AddressInfo;
  const url = `http://${urlHost(host)}:${address.port}`;
  return {
    url,
    port: address.port,
    defaultEnvironment,
    dataDir,
    faults,
    behaviours,
    certificates: { ca: context.authority.certificate },
    caCertificatePem: writePem('CERTIFICATE', context.authority.certificate.der),
    urlFor: (environment) => `${url}${ENVIRONMENTS[environment].basePath}`,
    mintOtp: async () => (await mintPortalOtp(context)).otp,
    close: async () => {
      await close();
      await ownPool?.close();
    },
  };
}

/** The host part of a URL for a listening address: wildcards become loopback, IPv6 is bracketed. */
function urlHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}
