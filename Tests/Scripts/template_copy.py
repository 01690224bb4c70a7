"""A copy of the template as a user's clone holds it: the working tree's files (tracked and untracked, not
ignored) and its Package.resolved, so the copy resolves to the very package versions the shared build
folder holds.

    copy_template(ROOT, destination)
"""
import os
import shutil
import subprocess


def copy_template(root, destination):
    """Replaces everything in `destination` with the working tree of `root`."""
    files = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=root,
                           check=True, capture_output=True).stdout.decode().split("\0")
    os.makedirs(destination, exist_ok=True)
    for entry in os.listdir(destination):
        path = os.path.join(destination, entry)
        shutil.rmtree(path) if os.path.isdir(path) and not os.path.islink(path) else os.remove(path)
    if os.path.exists(os.path.join(root, "Package.resolved")):
        shutil.copy2(os.path.join(root, "Package.resolved"), os.path.join(destination, "Package.resolved"))
    for name in filter(None, files):
        source = os.path.join(root, name)
        if not os.path.isfile(source):
            continue  # deleted in the working tree, not yet in the index
        target = os.path.join(destination, name)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copy2(source, target)
