import { closeSync, constants, fstatSync, openSync, readFileSync, Stats, statSync } from 'fs';
import { SwitchyardError } from '../common/errors';
import { FILE_NOT_READABLE } from '../common/usage-errors';

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

/**
 * `readRegularFileText` for the library's own readers (`MappingTemplate.fromFile`, `HttpApiDefinition.fromFile`
 * and `fromAsset`): a path that is not a regular file, or that cannot be read (missing, not permitted), is a
 * `SwitchyardError` whose message starts with `[file-not-readable]`, as every error of the library starts with
 * its id. The CLI reads through `readRegularFileText` and words its own messages.
 */
export function readFileForLibrary(file: string, what: string): string {
  try {
    return readRegularFileText(file);
  } catch (e) {
    if (e instanceof NotRegularFileError) throw new SwitchyardError(FILE_NOT_READABLE, `${what}: ${e.message}`);
    const code = (e as NodeJS.ErrnoException | null)?.code;
    if (typeof code === 'string') throw new SwitchyardError(FILE_NOT_READABLE, `${what}: ${file} cannot be read (${(e as Error).message})`);
    throw e;
  }
}
