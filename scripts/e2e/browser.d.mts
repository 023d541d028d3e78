// Types for browser.mjs, for the TypeScript scenarios in test/e2e.
import type { Browser } from 'playwright-core';

export function chooseChromium(): Promise<{ executablePath: string; flags: string[]; origin: string }>;
export function launchBrowser(): Promise<Browser>;
