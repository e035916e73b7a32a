import { defineScenarios } from './scenarios';
import { launchBuiltChromium } from './support/chromium';

defineScenarios('chromium', (server) => launchBuiltChromium(server.port));
