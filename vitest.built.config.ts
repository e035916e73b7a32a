import { defineConfig } from 'vitest/config';

/** Checks of the built extension (.output/): run after `npm run build`. */
export default defineConfig({ test: { include: ['tests/built/**/*.test.ts'] } });
