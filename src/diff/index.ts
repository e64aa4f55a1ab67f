// The semantic diff and change notices, as the CLI and the programmatic API use them.
export { diffModels, diffPolicies, type DiffResult } from './diff.js';
export { FAIL_ON, triggers, type FailOn } from './levels.js';
export { buildNotice, type Notice, type NoticeGroup, type NoticeTiming } from './notice/notice.js';
export { NOTICE_FORMATS, renderNotice, type NoticeFormat } from './notice/index.js';
export { changeKinds, checks, type KindEntry } from './registry.js';
export { LEVELS, type Change, type ChangeCheck, type JsonValue, type KindInfo, type Level } from './types.js';
