import { GECKO_ID } from '../../scripts/lib/gecko-id';
import { defineScenarios } from './scenarios';
import { builtExtension, findBrowser } from './support/browsers';
import { launchFirefox } from './support/firefox';

defineScenarios('firefox', async (server) => {
  const exe = findBrowser('firefox');
  return exe ? launchFirefox(exe, builtExtension('.output/firefox-mv2'), GECKO_ID, server.port, () => server.requests) : null;
});
