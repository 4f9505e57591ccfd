// What a failed system call means, in words: messages never show a raw code such as ELOOP.
const words: Record<string, string> = {
	EACCES: "permission denied",
	EPERM: "permission denied",
	ENOENT: "no such file or folder",
	ENOTDIR: "a part of the path is not a folder",
	EISDIR: "a folder, not a file",
	ELOOP: "too many symbolic links",
	ENAMETOOLONG: "the name is too long",
	EEXIST: "exists",
	ENOSPC: "no space left on the device",
	EDQUOT: "over the disk quota",
	EFBIG: "too large for the file system",
	EIO: "an input/output error",
	EROFS: "a read-only file system",
	EMFILE: "too many open files",
	ENFILE: "too many open files",
	EBUSY: "busy",
	ENXIO: "no such device",
	ENODEV: "no such device",
	EXDEV: "on another file system",
	ERR_STRING_TOO_LONG: "too large to hold in memory",
	ERR_FS_FILE_TOO_LARGE: "too large to hold in memory",
};

/**
 * Returns what a failed file operation means in a few words ("permission denied", "no space left
 * on the device"), for a message that names the file; never the code itself, even one it does not
 * know.
 */
export function errorWords(error: unknown): string {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	return (code !== undefined && words[code]) || "an unexpected error from the system";
}
