/**
 * fauxqs, an SQS-compatible server, in this process. Its queue URLs use the host `sqs.<region>.localhost`, which
 * the system resolver does not know; the SDK sends requests to the queue URL's host by default, so this process
 * resolves `*.localhost` to loopback while the server runs. That way the handlers work with a plain
 * `new SQSClient({})`, exactly as in Lambda.
 */
import { type FauxqsServer, interceptLocalhostDns, startFauxqs } from "fauxqs";
import { portInUse } from "./ports.js";

interface SqsLocal {
  /** Loopback endpoint for clients created with `useQueueUrlAsEndpoint: false`. */
  readonly endpoint: string;
  /** Endpoint on the same host as the queue URLs, for clients that follow the queue URL (the SDK default). */
  readonly queueHostEndpoint: string;
  readonly port: number;
  stop(): Promise<void>;
}

async function startSqsLocal(options: { port: number; region: string }): Promise<SqsLocal> {
  let server: FauxqsServer;
  try {
    server = await startFauxqs({ port: options.port, logger: false, defaultRegion: options.region });
  } catch (error) {
    throw portInUse(options.port, "the SQS emulator", "SQS_PORT", error);
  }
  const restoreDns = interceptLocalhostDns();
  return {
    endpoint: `http://127.0.0.1:${server.port}`,
    queueHostEndpoint: `http://sqs.${options.region}.localhost:${server.port}`,
    port: server.port,
    stop: async () => {
      restoreDns();
      await server.stop();
    },
  };
}

export type { SqsLocal };
export { startSqsLocal };
