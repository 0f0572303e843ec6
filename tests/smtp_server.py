"""A real SMTP server on 127.0.0.1 for the e-mail tests (aiosmtpd, the ``test`` extra): it keeps
every message as received, logs in ``office`` / ``s3cret`` (AUTH PLAIN, no TLS) and refuses
the addresses put in ``refuse``."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any


class _Inbox:
    """aiosmtpd handler: keeps each message; refuses addresses in ``refuse``."""

    def __init__(self) -> None:
        self.messages: list[tuple[list[str], bytes]] = []
        self.refuse: set[str] = set()

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          rcpt_options: Any) -> str:  # fmt: skip
        if address in self.refuse:
            return "550 5.1.1 no such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append((list(envelope.rcpt_tos), bytes(envelope.original_content)))
        return "250 Message accepted"


def local_smtp_server() -> Iterator[Any]:
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult

    inbox = _Inbox()

    def authenticate(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> Any:
        ok = data.login == b"office" and data.password == b"s3cret"
        return AuthResult(success=ok, handled=False)  # False: the server answers 535

    with socket.socket() as probe:  # a free port (aiosmtpd checks its own with a connection)
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(
        inbox, hostname="127.0.0.1", port=port, authenticator=authenticate,
        auth_require_tls=False, auth_exclude_mechanism=["LOGIN"],
    )  # fmt: skip
    controller.start()
    inbox.port = port  # type: ignore[attr-defined]
    yield inbox
    controller.stop()
