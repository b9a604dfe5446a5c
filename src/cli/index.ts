/** The command line's public surface: the runner, and the Node-side article loader it shares with the evaluation. */
export { articleFromHtml, type LoadedArticle } from './load-article.ts';
export { type CliIo, runCli, USAGE } from './run.ts';
