"""Issue 15 item 15: JUnit output validates against the Jenkins/Surefire layout (tests/data/junit/
jenkins-junit.xsd), hostile names included."""

from __future__ import annotations

import pytest

from conftest import EXAMPLE_DATA, REPO, calm, run_checker
from test_hostile_escaping import hostile_data

etree = pytest.importorskip("lxml.etree")
SCHEMA = etree.XMLSchema(etree.parse(str(REPO / "tests" / "data" / "junit" / "jenkins-junit.xsd")))


@pytest.mark.parametrize("options", [[], ["--all-regions"], ["--previous", str(EXAMPLE_DATA)]])
def test_junit_validates_against_the_jenkins_schema(tmp_path, options):
    out = tmp_path / "results.xml"
    data = hostile_data(tmp_path)
    calm(run_checker(["check", "nanan-2030", str(data), "--junit", str(out), *options], tmp_path), {0, 1})
    document = etree.parse(str(out))
    assert SCHEMA.validate(document), SCHEMA.error_log
    assert "skipped" not in document.getroot().attrib
    assert int(document.getroot().get("tests")) > 0
