"""Signing approval commits, and checking the signatures, with the key Git's config names.

pygit2 writes signed commits but cannot sign or verify: `ssh-keygen -Y` (gpg.format ssh) and
`gpg` (the default, openpgp) do, as Git itself uses them, and as Git does isodocs runs the
programs `gpg.ssh.program` and `gpg.openpgp.program` (or `gpg.program`) name instead when set
(Gpg4win's gpg.exe, 1Password's op-ssh-sign...). Verification of SSH signatures needs Git's
`gpg.ssh.allowedSignersFile`, which says whose key is whose.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Literal

import pygit2

from isodocs.i18n import Msg

SSH_HEADER = "-----BEGIN SSH SIGNATURE-----"
TIMEOUT = 30  # seconds for one signing or verifying program


class SigningProblem(Exception):
    def __init__(self, message: Msg):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class SignatureState:
    state: Literal["unsigned", "good", "bad", "unknown", "unverifiable"]  # unknown: signed with a key not trusted
    signer: str = ""  # the principal (SSH) or key user id (GPG) when known

    def message(self) -> Msg:
        words = {"unsigned": Msg("unsigned"), "good": Msg("good signature"), "bad": Msg("BAD SIGNATURE"),
                 "unknown": Msg("signed with a key not trusted here"),
                 "unverifiable": Msg("signed, cannot be verified here")}[self.state]
        return Msg("{state} ({signer})", state=words, signer=self.signer) if self.signer else words


def _config(where: str) -> pygit2.Config:
    found = pygit2.discover_repository(str(Path(where).absolute()))
    if found is None:
        raise SigningProblem(Msg("{where} is not inside a Git repository", where=where))
    return pygit2.Repository(found).config


def _get(config: pygit2.Config, key: str) -> str:
    try:
        return str(config[key])
    except KeyError:
        return ""


def _ssh_program(config: pygit2.Config) -> str:
    return os.path.expanduser(_get(config, "gpg.ssh.program") or "ssh-keygen")


def _gpg_program(config: pygit2.Config) -> str:
    return os.path.expanduser(_get(config, "gpg.openpgp.program") or _get(config, "gpg.program") or "gpg")


def _found(program: str, setting: str) -> str:
    """The signing program, looked for before anything is written."""
    if shutil.which(program) is None:
        raise SigningProblem(Msg("cannot find the signing program {program} (Git's {setting})", program=program, setting=setting))
    return program


def _run(args: list[str], data: bytes) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(args, input=data, capture_output=True, timeout=TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SigningProblem(Msg("cannot run {args}: {exc}", args=args[0], exc=exc)) from None


def signer_for(where: str) -> Callable[[str], str]:
    """A function signing a commit's text as `git commit -S` would, from the repository's config."""
    config = _config(where)
    key = _get(config, "user.signingkey")
    if not key:
        raise SigningProblem(Msg("--sign needs a key: set user.signingkey in Git's configuration"))
    if _get(config, "gpg.format") == "ssh":
        ssh = _found(_ssh_program(config), "gpg.ssh.program")

        def sign(content: str) -> str:
            result = _run([ssh, "-Y", "sign", "-n", "git", "-f", os.path.expanduser(key)], content.encode())
            if result.returncode != 0:
                raise SigningProblem(Msg("{ssh} could not sign: {value}", ssh=ssh, value=result.stderr.decode(errors='replace').strip()))
            return result.stdout.decode()
        return sign

    gpg = _found(_gpg_program(config), "gpg.program")

    def sign_gpg(content: str) -> str:
        result = _run([gpg, "--batch", "--armor", "--detach-sign", "--local-user", key], content.encode())
        if result.returncode != 0:
            raise SigningProblem(Msg("{gpg} could not sign: {value}", gpg=gpg, value=result.stderr.decode(errors='replace').strip()))
        return result.stdout.decode()
    return sign_gpg


def verify(repo: pygit2.Repository, commit_id) -> SignatureState:
    """Whether a commit is signed, and whether the signature holds for a key Git trusts."""
    signature, data = repo[commit_id].gpg_signature
    if not signature:
        return SignatureState("unsigned")
    signature = signature.decode() if isinstance(signature, bytes) else signature
    data = data if isinstance(data, bytes) else data.encode()
    with tempfile.TemporaryDirectory() as tmp:
        sig_file = Path(tmp) / "commit.sig"
        sig_file.write_text(signature)
        if signature.lstrip().startswith(SSH_HEADER):
            return _verify_ssh(repo.config, sig_file, data)
        return _verify_gpg(_gpg_program(repo.config), sig_file, data)


def _verify_ssh(config: pygit2.Config, sig_file: Path, data: bytes) -> SignatureState:
    allowed = os.path.expanduser(_get(config, "gpg.ssh.allowedSignersFile"))
    if not allowed or not Path(allowed).is_file():
        return SignatureState("unverifiable")
    ssh = _ssh_program(config)
    found = _run([ssh, "-Y", "find-principals", "-f", allowed, "-s", str(sig_file)], b"")
    principals = found.stdout.decode().split()
    if found.returncode != 0 or not principals:
        return SignatureState("unknown")
    checked = _run([ssh, "-Y", "verify", "-f", allowed, "-I", principals[0], "-n", "git",
                    "-s", str(sig_file)], data)
    return SignatureState("good" if checked.returncode == 0 else "bad", principals[0])


def _verify_gpg(gpg: str, sig_file: Path, data: bytes) -> SignatureState:
    checked = _run([gpg, "--batch", "--status-fd", "1", "--verify", str(sig_file), "-"], data)
    status = checked.stdout.decode(errors="replace")
    for line in status.splitlines():
        if line.startswith("[GNUPG:] GOODSIG "):
            return SignatureState("good", line.split(" ", 3)[-1])
        if line.startswith("[GNUPG:] BADSIG "):
            return SignatureState("bad", line.split(" ", 3)[-1])
        if line.startswith("[GNUPG:] ERRSIG "):
            return SignatureState("unknown")
    return SignatureState("unverifiable")
