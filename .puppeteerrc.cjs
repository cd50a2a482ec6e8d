/**
 * Puppeteer (through pa11y) downloads its own browser on install unless told
 * not to. Where a system browser exists (CHROME_PATH, or Debian's chromium at
 * /usr/bin/chromium) the checks use it, so skip the download: on machines
 * without internet access it cannot work.
 */
const { existsSync } = require('node:fs');

const systemBrowser = process.env.CHROME_PATH || '/usr/bin/chromium';

module.exports = {
  skipDownload: existsSync(systemBrowser),
};
