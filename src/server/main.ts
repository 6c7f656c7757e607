import { ConfigError } from '../config/config.js';
import { operatorMessage } from '../observability/error-description.js';
import { runServer } from './serve.js';

runServer({ env: process.env }).catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    // At start-up no person's text is in play; the message is what the operator needs.
    process.stderr.write(`Utblick could not start: ${operatorMessage(error)}\n`);
  }
  process.exit(1);
});
