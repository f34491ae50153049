/** Setup for every browser test file (vitest.config.ts): the file's shared Chromium is closed when the file ends. */
import { afterAll } from 'vitest';
import { closeSharedBrowser } from './browser';

afterAll(closeSharedBrowser);
