"""Convert DOCX files to PDF in LibreOffice with every index and field brought up to date.

Not imported by isodocs: isodocs runs this file with a Python that has LibreOffice's `uno`
module (LibreOffice's own, or Debian's python3-uno for /usr/bin/python3), which need not be the
Python isodocs runs in. It uses the standard library and `uno` only.

    python office.py SOFFICE PROFILE-DIR FOLDER NAME.docx...

Each FOLDER/NAME.docx becomes FOLDER/NAME.pdf; a line `done NAME.docx` is printed after each,
so the caller can tell progress from a hang. Exit status 0 when every file was converted.
"""

import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue

NEVER_EXECUTE = 0  # com.sun.star.document.MacroExecMode: a document's macros never run
NO_UPDATE = 0  # com.sun.star.document.UpdateDocMode: links to other files are never fetched


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def connect(pipe, office):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + 120
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:
            if office.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("LibreOffice did not start")
            time.sleep(0.1)


def convert(desktop, source, target):
    doc = desktop.loadComponentFromURL(
        uno.systemPathToFileUrl(source), "_blank", 0,
        (prop("Hidden", True), prop("MacroExecutionMode", NEVER_EXECUTE), prop("UpdateDocMode", NO_UPDATE)))
    if doc is None:
        raise SystemExit(f"LibreOffice could not open {os.path.basename(source)}")
    try:
        # Twice: the first pass can move text to other pages (a longer contents), the second
        # puts the page numbers where the text finally is.
        for _ in range(2):
            indexes = doc.getDocumentIndexes()
            for i in range(indexes.getCount()):
                indexes.getByIndex(i).update()
            doc.getTextFields().refresh()
        doc.storeToURL(uno.systemPathToFileUrl(target), (prop("FilterName", "writer_pdf_Export"),))
    finally:
        doc.close(True)


def main(soffice, profile, folder, *names):
    pipe = f"isodocs_pdf_{os.getpid()}"
    office = subprocess.Popen(
        [soffice, "--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
         f"-env:UserInstallation={uno.systemPathToFileUrl(profile)}", f"--accept=pipe,name={pipe};urp;"],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        ctx = connect(pipe, office)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        for name in names:
            convert(desktop, os.path.join(folder, name), os.path.join(folder, name[: -len(".docx")] + ".pdf"))
            print("done", name, flush=True)
        try:
            desktop.terminate()
        except Exception:
            pass  # LibreOffice closes the bridge as it quits
        office.wait(timeout=60)
    finally:
        if office.poll() is None:
            office.kill()


if __name__ == "__main__":
    main(*sys.argv[1:])
