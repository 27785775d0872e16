import { workerData } from 'node:worker_threads';
import type { Article } from '../../core/article.js';
import { type ExtractOptions, extractOne, setUpExtraction } from './extract-one.js';
import { serveTasks } from './worker-pool.js';

/*
 * The entry of an extraction worker thread (started by extraction-pool.ts): builds its own pipeline once,
 * then extracts each article it is sent; serveTasks turns a throw into that article's failure.
 */
const options = workerData as ExtractOptions;
const { pipeline, pipelineMs } = setUpExtraction();

serveTasks((article: Article) => extractOne(pipeline, article, options), { pipelineMs });
