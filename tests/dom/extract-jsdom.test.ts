// @vitest-environment node
import { describeRealPages, loadJsdom } from './extract-helpers.ts';

describeRealPages('jsdom', loadJsdom);
