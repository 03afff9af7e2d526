import { clearRecordings } from './read-recordings.js';

/** vitest globalSetup of the `e2e` project: the body check must see only this run's recordings. */
export default function setup(): void {
  clearRecordings();
}
