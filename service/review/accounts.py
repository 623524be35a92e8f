"""People's accounts: argon2 password hashes, lock-out after repeated failures, disabling.

Plain keyword-only functions on a session, like the case desk's; they commit before they return.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from service.cases.service import now
from service.errors import ServiceError
from service.review.models import ROLES, User

MAX_FAILURES = 5
"""Failed logins in a row after which an account is locked."""
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD_CHARS = 10
NAME_PATTERN = r"^[a-z0-9][a-z0-9._-]{1,62}$"

_hasher = PasswordHasher()
_DUMMY_HASH = _hasher.hash("not-a-password-of-anyone")  # verified for unknown names: the same time spent


class AccountError(ServiceError):
    status = 422


class AccountExists(ServiceError):
    status = 409


class NoSuchAccount(ServiceError):
    status = 404


@dataclass(frozen=True)
class Person:
    """A signed-in person as the pages see them."""

    id: int
    name: str
    role: str

    @property
    def actor_name(self) -> str:
        return f"user:{self.name}"

    @property
    def is_supervisor(self) -> bool:
        return self.role in ("supervisor", "admin")


@dataclass(frozen=True)
class LoginResult:
    person: Person | None
    locked_until: datetime | None = None


def _aware(value: datetime | None) -> datetime | None:
    from datetime import UTC

    if value is None:
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def check_password_rules(password: str) -> None:
    if len(password) < MIN_PASSWORD_CHARS:
        raise AccountError(f"the password is shorter than {MIN_PASSWORD_CHARS} characters")


def add_user(session: Session, *, name: str, role: str, password: str) -> Person:
    """Create an account; the password is stored as an argon2 hash only."""
    import re

    if not re.match(NAME_PATTERN, name):
        raise AccountError(
            f"user name {name!r}: 2-63 characters, lower-case letters, digits, '.', '_' or '-'"
        )
    if role not in ROLES:
        raise AccountError(f"role {role!r}: one of {', '.join(ROLES)}")
    check_password_rules(password)
    user = User(name=name, role=role, password_hash=_hasher.hash(password), created_at=now(), failed_logins=0)
    session.add(user)
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        raise AccountExists(f"user {name!r} exists already") from None
    return Person(user.id, user.name, user.role)


def list_users(session: Session) -> list[dict[str, object]]:
    users = session.scalars(select(User).order_by(User.name)).all()
    return [
        {
            "name": u.name,
            "role": u.role,
            "created_at": _aware(u.created_at),
            "disabled": u.disabled_at is not None,
            "locked_until": _aware(u.locked_until),
            "last_login_at": _aware(u.last_login_at),
        }
        for u in users
    ]


def disable_user(session: Session, *, name: str) -> None:
    user = session.scalars(select(User).where(User.name == name)).one_or_none()
    if user is None:
        raise NoSuchAccount(f"no user {name!r}")
    if user.disabled_at is None:
        user.disabled_at = now()
    session.commit()


def login(session: Session, *, name: str, password: str) -> LoginResult:
    """Check a name and password. Five failures in a row lock the account for 15 minutes (a correct password
    does not open a locked account); unknown names cost the same time as known ones."""
    user = session.scalars(select(User).where(User.name == name)).one_or_none()
    at = now()
    if user is None or user.disabled_at is not None:
        _verify(_DUMMY_HASH, password)
        return LoginResult(None)
    locked = _aware(user.locked_until)
    if locked is not None and locked > at:
        _verify(_DUMMY_HASH, password)
        return LoginResult(None, locked_until=locked)
    if not _verify(user.password_hash, password):
        user.failed_logins = (user.failed_logins or 0) + 1
        if user.failed_logins >= MAX_FAILURES:
            user.locked_until = at + LOCKOUT
            user.failed_logins = 0
        session.commit()
        return LoginResult(None, locked_until=_aware(user.locked_until) if user.locked_until else None)
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    user.failed_logins = 0
    user.locked_until = None
    user.last_login_at = at
    session.commit()
    return LoginResult(Person(user.id, user.name, user.role))


def _verify(stored: str, password: str) -> bool:
    try:
        return _hasher.verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def active_person(session: Session, *, user_id: int) -> Person | None:
    """The account behind a session, if it still exists and is enabled (its current role)."""
    user = session.get(User, user_id)
    if user is None or user.disabled_at is not None:
        return None
    return Person(user.id, user.name, user.role)
