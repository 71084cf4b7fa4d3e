#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx's CommonJS hook.
require('tsx/cjs');
require('../src/main.ts');
