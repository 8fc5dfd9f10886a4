// The process: load the configuration from the environment, build the app, listen on
// HOST:PORT, and shut down gracefully on SIGTERM/SIGINT (stop accepting, let in-flight runs
// finish up to SHUTDOWN_TIMEOUT_MS, close the pool).
import closeWithGrace from "close-with-grace";
import { buildApp } from "./app.js";
import { ConfigError, loadConfig, type Config } from "./config.js";

let config: Config;
try {
  config = loadConfig(process.env);
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  console.error(`heapscope: ${err.message}`);
  process.exit(1);
}

const app = await buildApp(config);

closeWithGrace({ delay: config.shutdownTimeoutMs, logger: app.log }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, "shutting down after an uncaught error");
  else app.log.info({ signal }, "shutting down");
  await app.close();
});

try {
  await app.listen({ host: config.host, port: config.port });
  app.log.info(
    { threads: config.pool.threads, maxQueue: config.pool.maxQueue, auth: config.apiKeys.length > 0, rateLimit: config.rateLimit.max },
    "heapscope ready",
  );
} catch (err) {
  app.log.fatal({ err }, "could not listen");
  await app.close();
  process.exit(1);
}
