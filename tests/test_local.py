"""The local Neo4j launcher: tool checks, configuration, and the server the suite runs on."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from graphdb import local
from graphdb.config import Neo4jSettings


def test_missing_java_is_one_line_naming_docker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("graphdb.local.shutil.which", lambda name: None)
    with pytest.raises(local.LocalServerError) as err:
        local.check_tools()
    message = str(err.value)
    assert "\n" not in message
    assert "Java 17+" in message
    assert "docker compose up" in message


def test_missing_maven_is_one_line_naming_docker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("graphdb.local.shutil.which", lambda name: "/usr/bin/java" if name == "java" else None)
    with pytest.raises(local.LocalServerError, match=r"Maven.*docker compose up"):
        local.check_tools()


def test_old_java_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("graphdb.local.shutil.which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(local, "java_major_version", lambda java: 11)
    with pytest.raises(local.LocalServerError, match="found Java 11"):
        local.check_tools()


@pytest.mark.parametrize(
    ("banner", "major"),
    [('openjdk version "17.0.15" 2025-04-15', 17), ('java version "1.8.0_392"', 8), ('openjdk version "21" 2023', 21)],
)
def test_java_version_parsing(monkeypatch: pytest.MonkeyPatch, banner: str, major: int) -> None:
    def fake_run(*args: object, **kwargs: object) -> subprocess.CompletedProcess[str]:
        return subprocess.CompletedProcess([], 0, stdout="", stderr=banner + "\nOpenJDK Runtime\n")

    monkeypatch.setattr("graphdb.local.subprocess.run", fake_run)
    assert local.java_major_version("java") == major


def test_config_binds_loopback_on_the_instance_ports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(local, "DATA", tmp_path)
    inst = local.Instance(name="demo", bolt_port=17687, http_port=17474)
    conf = (local.write_config(inst) / "neo4j.conf").read_text()
    assert "server.default_listen_address=127.0.0.1\n" in conf
    assert "server.bolt.listen_address=127.0.0.1:17687\n" in conf
    assert "server.http.listen_address=127.0.0.1:17474\n" in conf
    assert "db.transaction.timeout=" in conf
    assert inst.home == tmp_path / "neo4j-demo"


def test_dev_and_test_instances_never_share_ports_or_data() -> None:
    dev, test = local.instance("dev"), local.instance("test")
    assert {dev.bolt_port, dev.http_port}.isdisjoint({test.bolt_port, test.http_port})
    assert dev.home != test.home
    with pytest.raises(local.LocalServerError, match="unknown instance"):
        local.instance("prod")


def test_the_suite_runs_on_a_real_server(neo4j_settings: Neo4jSettings) -> None:
    assert local.bolt_answers(neo4j_settings.uri)
    if not os.environ.get("NEO4J_URI"):
        inst = local.instance("test")
        pid = local.read_pid(inst)
        assert pid is not None
        assert local.process_alive(pid)
        assert neo4j_settings.uri == inst.uri
        # Starting again reuses the running server instead of starting a second one.
        assert local.start(inst) == inst.uri
        assert local.read_pid(inst) == pid


def test_nothing_answers_on_a_closed_port() -> None:
    assert not local.bolt_answers("bolt://127.0.0.1:9", timeout=0.5)


def test_a_pid_file_naming_another_process_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(local, "DATA", tmp_path)
    inst = local.Instance(name="demo", bolt_port=17687, http_port=17474)
    inst.pid_file.parent.mkdir(parents=True)
    inst.pid_file.write_text(f"{os.getpid()}\n")  # alive, but not a Neo4j of this instance
    assert local.read_pid(inst) is None
    assert not inst.pid_file.exists()
    assert local.stop(inst) is False
