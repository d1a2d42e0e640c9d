import { closeSync, constants, fstatSync, openSync, readFileSync, Stats, statSync } from 'fs';

/** A path that is not a regular file: a folder, a named pipe, a socket or a device. */
export class NotRegularFileError extends Error {
  constructor(readonly file: string, readonly kind: string) {
    super(`${file}: ${kind}, expected a regular file`);
    this.name = 'NotRegularFileError';
  }
}

/** What a path that is not a regular file is, in words. */
export function fileKind(stat: Stats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

function requireRegularFile(file: string, stat: Stats): void {
  if (!stat.isFile()) throw new NotRegularFileError(file, fileKind(stat));
}

/**
 * The text of a regular file (UTF-8, without a byte order mark). Only regular files are read: opening a named pipe
 * blocks until a writer comes, and a device (`/dev/zero`) never ends, so anything else throws
 * `NotRegularFileError` without being opened. The file is opened non-blocking and checked again once open, so a
 * pipe put in its place in between cannot block the process either. File system errors are thrown as they come.
 */
export function readRegularFileText(file: string): string {
  requireRegularFile(file, statSync(file));
  // eslint-disable-next-line no-bitwise
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    requireRegularFile(file, fstatSync(fd));
    const text = readFileSync(fd, 'utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } finally {
    closeSync(fd);
  }
}
