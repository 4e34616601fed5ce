"""What the system said when a file could not be read or written, in the reader's language:
the C library's own words (`strerror`) are English whatever the language asked for."""

from __future__ import annotations

import errno

from isodocs.i18n import Msg

_SAID = {
    errno.ENOENT: Msg("no such file or folder"),
    errno.EACCES: Msg("permission denied"),
    errno.EPERM: Msg("operation not permitted"),
    errno.EISDIR: Msg("it is a folder"),
    errno.ENOTDIR: Msg("a part of the path is not a folder"),
    errno.EEXIST: Msg("it exists already"),
    errno.ENOSPC: Msg("no space left on the device"),
    errno.EROFS: Msg("the file system is read-only"),
    errno.ELOOP: Msg("too many levels of links"),
    errno.ENAMETOOLONG: Msg("the name is too long"),
    errno.EMFILE: Msg("too many open files"),
    errno.EIO: Msg("an input/output error"),
}


def os_error(exc: OSError) -> Msg | str:
    """Why `exc` happened, said in the reader's language where isodocs knows the words."""
    return _SAID.get(exc.errno, exc.strerror or str(exc))
