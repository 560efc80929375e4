// Entry of browser mode (dist/electron/browser-mode.js): `node browser-mode.js [--data-dir DIR]
// [--port N] [--no-open]`. Prints `http://127.0.0.1:<port>/#secret=<secret>` on stdout.
import { runBrowserMode } from './run';

void runBrowserMode(process.argv.slice(2));
