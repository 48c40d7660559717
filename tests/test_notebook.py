"""The quickstart notebook (``docs/notebooks/quickstart.ipynb``) runs end to end in a kernel of this venv.

The kernel is registered for the test in a temporary Jupyter path, with this interpreter (``sys.executable``)
as its command, so it sees the installed claimex and never a python3 kernel from elsewhere on the machine.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
kernelspec = pytest.importorskip("ipykernel.kernelspec")

NOTEBOOK = Path(__file__).resolve().parents[1] / "docs" / "notebooks" / "quickstart.ipynb"
KERNEL = "claimex-test"


@pytest.fixture()
def kernel(tmp_path, monkeypatch) -> str:
    """A kernel spec whose command is this interpreter, found first on a temporary Jupyter path."""
    monkeypatch.setenv("JUPYTER_PLATFORM_DIRS", "1")
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path / "runtime"))
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "share" / "jupyter"))
    monkeypatch.setenv("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    kernelspec.install(kernel_name=KERNEL, prefix=str(tmp_path))
    return KERNEL


def test_committed_notebook_has_no_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [cell for cell in nb.cells if cell.cell_type == "code"]
    assert code and all(not cell.outputs and cell.execution_count is None for cell in code)


def test_notebook_runs_end_to_end(kernel):
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nb.cells.insert(0, nbformat.v4.new_code_cell("import sys\nprint(sys.executable)"))
    client = nbclient.NotebookClient(nb, kernel_name=kernel, timeout=600, startup_timeout=120,
                                     resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()
    outputs = [out for cell in nb.cells if cell.cell_type == "code" for out in cell.outputs]
    assert not [out for out in outputs if out.output_type == "error"]
    assert nb.cells[0].outputs[0].text.strip() == sys.executable, "the kernel runs this venv's interpreter"
    html = "\n".join(out.data["text/html"] for out in outputs if "text/html" in out.get("data", {}))
    assert '<div class="claimex-view"' in html, "the Result shows its HTML view"
    assert "cx-link cx-disputes" in html and "Pentagon spokesman" in html
    assert "<table" in html and "dataframe" in html, "the DataFrames render"
    assert "displacy" in html or "spans" in html, "displaCy's span view renders"
    text = "\n".join(out.get("text", "") for out in outputs if out.output_type == "stream")
    assert "disputes" in text and "DiGraph with" in text
