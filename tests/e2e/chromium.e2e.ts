import { defineScenarios } from './scenarios';
import { builtExtension, findBrowser } from './support/browsers';
import { launchChromium } from './support/chromium';

defineScenarios('chromium', async (server) => {
  const exe = findBrowser('chromium');
  return exe ? launchChromium(exe, builtExtension('.output/chrome-mv3'), server.port) : null;
});
