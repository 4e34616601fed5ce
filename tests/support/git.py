"""Git repositories built with pygit2 only, commit by commit, with fixed times."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pygit2

from support.manual import Files


class Symlink(str):
    """A file value that makes a symbolic link (its text is the link target)."""


def git_tree(repo, files: Files):
    """Write blobs and trees for `files` (path -> content) and return the root tree id."""
    nested: dict = {}
    for path, content in files.items():
        if content is None:
            continue
        *dirs, name = path.split("/")
        node = nested
        for d in dirs:
            node = node.setdefault(d, {})
        node[name] = content

    def build(node: dict):
        builder = repo.TreeBuilder()
        for name, value in sorted(node.items()):
            if isinstance(value, dict):
                builder.insert(name, build(value), pygit2.enums.FileMode.TREE)
            elif isinstance(value, Symlink):
                builder.insert(name, repo.create_blob(str(value).encode()), pygit2.enums.FileMode.LINK)
            else:
                data = value.encode("utf-8") if isinstance(value, str) else value
                builder.insert(name, repo.create_blob(data), pygit2.enums.FileMode.BLOB)
        return builder.write()

    return build(nested)


def git_commit(repo, files: Files, message: str, ref: str = "refs/heads/main", parents=None, when: int = 1_750_000_000):
    """Commit exactly `files` as the whole tree on `ref`; parents default to ref's current commit."""
    sig = pygit2.Signature("Thư ký ISO", "iso@example.vn", when, 420)
    if parents is None:
        try:
            parents = [repo.references[ref].target]
        except KeyError:
            parents = []
    return repo.create_commit(ref, sig, sig, message, git_tree(repo, files), parents)


def committed_files(repo, tree, prefix: str = "") -> dict[str, bytes]:
    """Every file of a commit's tree, by path, with its bytes."""
    files = {}
    for entry in tree:
        if entry.type_str == "tree":
            files.update(committed_files(repo, repo[entry.id], f"{prefix}{entry.name}/"))
        else:
            files[prefix + entry.name] = repo[entry.id].data
    return files


def git_init(path: Path):
    path.mkdir(parents=True, exist_ok=True)
    return pygit2.init_repository(str(path), bare=False, initial_head="main")


def ssh_signing(repo, folder: Path) -> tuple[Path, Path]:
    """Configure `repo` to sign with a throwaway SSH key that minh.lv's address is trusted for:
    (the private key, the allowed-signers file)."""
    key = folder / "key"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "minh", "-f", str(key)], check=True)
    allowed = folder / "allowed_signers"
    allowed.write_text(f"minh.lv@isodocs.invalid {Path(str(key) + '.pub').read_text()}")
    config = repo.config
    config["gpg.format"] = "ssh"
    config["user.signingkey"] = str(key)
    config["gpg.ssh.allowedSignersFile"] = str(allowed)
    return key, allowed


def checkout(repo: pygit2.Repository) -> None:
    """Make the index and working tree match HEAD (commits here are written without them)."""
    index = repo.index
    index.read_tree(repo.head.peel(pygit2.Commit).tree)
    index.write()
    repo.checkout_head(strategy=pygit2.enums.CheckoutStrategy.FORCE)


def when(day: str) -> int:
    """9 a.m. in Vietnam on `day`, as a commit time."""
    return int(dt.datetime.fromisoformat(f"{day}T09:00:00+07:00").timestamp())
