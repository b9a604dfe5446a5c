// @vitest-environment happy-dom
import { describeRealPages, loadHappyDom } from './extract-helpers.ts';

describeRealPages('happy-dom', loadHappyDom);
