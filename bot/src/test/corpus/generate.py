#!/usr/bin/env python3
# Usage: python3 bot/src/test/corpus/generate.py   (no arguments, any directory, stdlib only)
# Reads each set's sources (see FORMAT.md), validates each one, and writes its exports:
#   bot/src/test/corpus/sources/*.json  -> bot/src/test/resources/plain-talk/<stem>/
#   bot/src/test/corpus/heldout/*.json  -> bot/src/test/resources/plain-talk-heldout/<stem>/
#   bot/src/test/corpus/blind/*.json    -> bot/src/test/resources/plain-talk-blind/<stem>/
#   bot/src/test/corpus/blind2/*.json   -> bot/src/test/resources/plain-talk-blind2/<stem>/
# each as {slack/, discord.json, expected.json}. Deterministic: the same sources give
# byte-identical output. Exits 1 (after writing the valid ones) if any source is invalid, naming
# the file, the message n and the reason.
"""Generates the plain-talk corpus (Slack export, DiscordChatExporter JSON, expected events)."""

import datetime as dt
import fcntl
import hashlib
import json
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RESOURCES = os.path.normpath(os.path.join(HERE, "..", "resources"))
# (source folder, output folder): the corpus the recognizer was built on, a held-out set written
# to measure how it generalises, a blind set written after the last change and never tuned on, and
# a second blind set written by someone who had read neither the recognizer nor the earlier sets.
SETS = [("sources", "plain-talk"), ("heldout", "plain-talk-heldout"), ("blind", "plain-talk-blind"),
        ("blind2", "plain-talk-blind2")]

KINDS = [
    "detection", "alert", "alert_resolved", "acknowledgement", "severity", "mitigation",
    "root_cause", "impact", "customer_comms", "resolution", "reopen",
]
TOP_FIELDS = {"title", "channel", "people", "bots", "messages", "summary"}
MSG_FIELDS = {"n", "at", "by", "text", "alert", "thread", "reply_to", "pin", "reactions", "expect"}
ALERT_FIELDS = {"title", "text", "color"}
SUMMARY_FIELDS = ["severity", "detected", "resolved", "duration_minutes", "root_cause", "model", "version"]
SEVERITIES = {"SEV-1", "SEV-2", "SEV-3", "SEV-4"}
AT_RE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
KEY_RE = re.compile(r"^[a-z][a-z0-9_.-]{0,31}$")
STEM_RE = re.compile(r"^\d\d-[a-z0-9][a-z0-9-]*$")
CHANNEL_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,79}$")
REACTION_RE = re.compile(r"^[a-z0-9_+\-]+$")
MENTION_RE = re.compile(r"<@([^<>@\s]+)>")
URL_RE = re.compile(r"https?://[^\s<>]+")
DISCORD_EPOCH_MS = 1420070400000

# Slack short names and their unicode, for reactions and for text written with either form.
# The first name of a character is the one Slack writes; later ones are aliases read from sources.
EMOJI_NAMES = [
    ("\U0001F4CC", "pushpin"), ("\U0001F440", "eyes"), ("\U0001F44D", "+1"), ("\U0001F44D", "thumbsup"),
    ("\U0001F44E", "-1"), ("\u2705", "white_check_mark"), ("\u2714\ufe0f", "heavy_check_mark"),
    ("\U0001F525", "fire"), ("\U0001F64F", "pray"), ("\U0001F389", "tada"), ("\U0001F6A8", "rotating_light"),
    ("\U0001F914", "thinking_face"), ("\u2764\ufe0f", "heart"), ("\u2615", "coffee"),
    ("\U0001F64C", "raised_hands"), ("\U0001F4AF", "100"), ("\U0001F680", "rocket"), ("\U0001F62D", "sob"),
    ("\U0001F602", "joy"), ("\U0001F480", "skull"), ("\u26a0\ufe0f", "warning"), ("\u274c", "x"),
    ("\U0001F926", "face_palm"), ("\U0001F926", "facepalm"), ("\U0001F62C", "grimacing"),
    ("\U0001F605", "sweat_smile"), ("\U0001F643", "upside_down_face"), ("\U0001F44B", "wave"),
    ("\U0001F4AA", "muscle"), ("\U0001F634", "sleeping"), ("\U0001F44F", "clap"), ("\U0001F44C", "ok_hand"),
    ("\U0001F9D0", "face_with_monocle"), ("\U0001F92F", "exploding_head"), ("\U0001F355", "pizza"),
    ("\u231b", "hourglass"), ("\u23f3", "hourglass_flowing_sand"), ("\u261d\ufe0f", "point_up"),
    ("\U0001F447", "point_down"), ("\U0001F648", "see_no_evil"), ("\U0001F4C9", "chart_with_downwards_trend"),
    ("\U0001F4C8", "chart_with_upwards_trend"), ("\U0001F41B", "bug"), ("\u26a1", "zap"), ("\U0001F50D", "mag"),
    ("\U0001F49A", "green_heart"), ("\U0001F534", "red_circle"), ("\U0001F7E2", "large_green_circle"),
    ("\U0001F47B", "ghost"), ("\U0001FAE0", "melting_face"), ("\U0001F604", "smile"),
    ("\U0001F642", "slightly_smiling_face"), ("\U0001F615", "confused"), ("\U0001F622", "cry"),
    ("\U0001FAE1", "saluting_face"), ("\U0001FAE1", "salute"), ("\U0001F9F9", "broom"), ("\U0001F319", "crescent_moon"),
    ("\U0001F610", "neutral_face"), ("\U0001F647", "bow"), ("\U0001F61E", "disappointed"), ("\U0001F629", "weary"),
    ("\U0001F644", "face_with_rolling_eyes"), ("\u25b6\ufe0f", "arrow_forward"), ("\U0001F633", "flushed"),
    ("\U0001FAD6", "teapot"), ("\U0001F536", "large_orange_diamond"), ("\U0001F3B6", "notes"),
    ("\U0001F383", "jack_o_lantern"), ("\U0001F41F", "fish"), ("\U0001F3C3", "runner"), ("\U0001F623", "persevere"),
    ("\U0001F989", "owl"), ("\U0001F631", "scream"), ("\U0001F611", "expressionless"), ("\u2709\ufe0f", "email"),
    ("\U0001F937", "shrug"), ("\U0001F4B8", "money_with_wings"), ("\U0001F35C", "ramen"), ("\U0001F61F", "worried"),
    ("\U0001F922", "nauseated_face"), ("\U0001F928", "face_with_raised_eyebrow"), ("\U0001F91E", "crossed_fingers"),
    ("\U0001F609", "wink"), ("\U0001F613", "sweat"), ("\U0001F62E", "open_mouth"), ("\U0001F4A5", "boom"),
]
EMOJI = {}
SLACK_NAME = {}  # unicode without U+FE0F -> the name Slack writes
for _uni, _name in EMOJI_NAMES:
    EMOJI.setdefault(_name, _uni)
    SLACK_NAME.setdefault(_uni.replace("\ufe0f", ""), _name)
UNICODE_RE = re.compile("(" + "|".join(re.escape(u) for u in sorted(SLACK_NAME, key=len, reverse=True)) + ")\ufe0f?")
SHORTCODE_RE = re.compile(r":([a-z0-9_+\-]+):")
COLORS = {"danger": "E01E5A", "warning": "ECB22E", "good": "2EB67D"}
GUILDS = ["ml-platform", "Inference Ops", "applied-ml", "Search & Ranking", "model-serving", "ai-infra"]


class SourceError(Exception):
    pass


def h(*parts):
    return int(hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).hexdigest(), 16)


def b36(n, width):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    out = ""
    for _ in range(width):
        n, r = divmod(n, 36)
        out += digits[r]
    return out


def parse_at(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)


def epoch(s):
    return int(parse_at(s).timestamp())


# ----------------------------------------------------------------------------- validation

def validate(name, src):
    def fail(reason, n=None):
        where = f"{name}" + (f" message n={n}" if n is not None else "")
        raise SourceError(f"{where}: {reason}")

    warnings = []
    if not isinstance(src, dict):
        fail("top level must be an object")
    extra = set(src) - TOP_FIELDS
    if extra:
        fail(f"unknown top-level field(s) {sorted(extra)}")
    for f in ["title", "channel", "people", "bots", "messages", "summary"]:
        if f not in src:
            fail(f"missing top-level field '{f}'")
    if not isinstance(src["title"], str) or not src["title"].strip():
        fail("title must be a non-empty string")
    if not isinstance(src["channel"], str) or not CHANNEL_RE.match(src["channel"]):
        fail(f"channel {src['channel']!r} is not a valid Slack channel name (lowercase, digits, - _)")
    people, bots = src["people"], src["bots"]
    if not isinstance(people, dict) or not people:
        fail("people must be a non-empty object")
    if not isinstance(bots, dict):
        fail("bots must be an object (may be empty)")
    for group, label in ((people, "people"), (bots, "bots")):
        for k, v in group.items():
            if not KEY_RE.match(k):
                fail(f"{label} key {k!r} must match {KEY_RE.pattern}")
            if not isinstance(v, str) or not v.strip():
                fail(f"{label}[{k!r}] must be a non-empty display name")
    both = set(people) & set(bots)
    if both:
        fail(f"keys in both people and bots: {sorted(both)}")
    known = set(people) | set(bots)

    msgs = src["messages"]
    if not isinstance(msgs, list) or not msgs:
        fail("messages must be a non-empty list")
    by_n = {}
    prev_at = None
    detections = []
    first_labeled = None
    resolved_seen = False
    for i, m in enumerate(msgs, start=1):
        n = m.get("n") if isinstance(m, dict) else None
        if not isinstance(m, dict):
            fail("message must be an object", i)
        extra = set(m) - MSG_FIELDS
        if extra:
            fail(f"unknown field(s) {sorted(extra)}", n)
        if n != i:
            fail(f"n must be consecutive from 1: expected {i}, found {n!r}", n if n is not None else i)
        at = m.get("at")
        if not isinstance(at, str) or not AT_RE.match(at):
            fail(f"at {at!r} must be UTC 'YYYY-MM-DDTHH:MM:SSZ'", n)
        try:
            parse_at(at)
        except ValueError:
            fail(f"at {at!r} is not a real date/time", n)
        if prev_at is not None and at < prev_at:
            fail(f"at {at} is earlier than the previous message's {prev_at}", n)
        prev_at = at
        by = m.get("by")
        if by not in known:
            fail(f"by {by!r} is neither in people nor in bots", n)
        is_bot = by in bots
        text = m.get("text")
        alert = m.get("alert")
        if text is not None and not isinstance(text, str):
            fail("text must be a string", n)
        if alert is not None:
            if not is_bot:
                fail("alert is for bots only", n)
            if not isinstance(alert, dict) or "title" not in alert:
                fail("alert must be an object with at least a title", n)
            extra = set(alert) - ALERT_FIELDS
            if extra:
                fail(f"unknown alert field(s) {sorted(extra)}", n)
            for k, v in alert.items():
                if not isinstance(v, str):
                    fail(f"alert.{k} must be a string", n)
            color = alert.get("color", "danger")
            if color not in COLORS and not re.match(r"^#?[0-9A-Fa-f]{6}$", color):
                fail(f"alert.color {color!r} must be danger/warning/good or a hex colour", n)
        if (text is None or not text.strip()) and alert is None:
            fail("a message needs text or an alert", n)
        for t in [text] + ([alert.get("title"), alert.get("text")] if alert else []):
            for who in MENTION_RE.findall(t or ""):
                if who not in known:
                    fail(f"mention <@{who}> is neither in people nor in bots", n)
        if "thread" in m and "reply_to" in m:
            fail("a message is either in a thread or an inline reply, not both", n)
        if "thread" in m:
            t = m["thread"]
            if not isinstance(t, int) or t not in by_n:
                fail(f"thread {t!r} must be the n of an earlier message", n)
            if "thread" in by_n[t]:
                fail(f"thread {t} points at a thread reply; it must be a top-level message", n)
        if "reply_to" in m:
            r = m["reply_to"]
            if not isinstance(r, int) or r not in by_n:
                fail(f"reply_to {r!r} must be the n of an earlier message", n)
        if "pin" in m and not isinstance(m["pin"], bool):
            fail("pin must be true or false", n)
        reactions = m.get("reactions", [])
        if not isinstance(reactions, list) or any(
                not isinstance(r, str) or not REACTION_RE.match(r) for r in reactions):
            fail("reactions must be a list of short names like \"eyes\" or \"+1\"", n)
        if "pushpin" in reactions:
            fail("use \"pin\": true instead of a pushpin reaction", n)
        if len(set(reactions)) != len(reactions):
            fail("reactions repeat a name", n)
        expect = m.get("expect", [])
        if not isinstance(expect, list):
            fail("expect must be a list", n)
        for k in expect:
            if k not in KINDS:
                fail(f"expect kind {k!r} is not one of {KINDS}", n)
        if len(set(expect)) != len(expect):
            fail("expect repeats a kind", n)
        if "detection" in expect:
            detections.append(n)
        if expect and first_labeled is None:
            first_labeled = n
        for k in ("alert", "alert_resolved"):
            if k in expect and not is_bot:
                fail(f"'{k}' is a bot's notice; {by!r} is a person", n)
        if "resolution" in expect and is_bot:
            fail("'resolution' is declared by a human, not a bot", n)
        if "reopen" in expect and not resolved_seen:
            fail("'reopen' before any 'resolution'", n)
        if "resolution" in expect:
            resolved_seen = True
        by_n[n] = m

    if len(detections) != 1:
        fail(f"exactly one message must carry 'detection'; found {len(detections)} {detections}")
    det = by_n[detections[0]]
    if first_labeled != det["n"]:
        warnings.append(f"message n={first_labeled} carries events before the detection (n={det['n']})")
    first_alert = next((m for m in msgs if m["by"] in bots and "alert" in m), None)
    if first_alert is not None and first_alert["n"] < det["n"]:
        warnings.append(f"bot alert at n={first_alert['n']} precedes the detection n={det['n']}")
    for m in msgs:
        if m["n"] > det["n"]:
            break
        if "alert" in m.get("expect", []):
            fail("'alert' must come after the detection", m["n"])

    s = src["summary"]
    if not isinstance(s, dict):
        fail("summary must be an object")
    if set(s) != set(SUMMARY_FIELDS):
        fail(f"summary must have exactly the fields {SUMMARY_FIELDS}; has {sorted(s)}")
    sev_msgs = [m for m in msgs if "severity" in m.get("expect", [])]
    if s["severity"] is not None and s["severity"] not in SEVERITIES:
        fail(f"summary.severity {s['severity']!r} must be SEV-1..SEV-4 or null")
    if sev_msgs and s["severity"] is None:
        fail(f"summary.severity is null but message(s) {[m['n'] for m in sev_msgs]} state a severity")
    if not sev_msgs and s["severity"] is not None:
        fail("summary.severity is set but no message carries 'severity'")
    if sev_msgs:
        levels = []
        for m in sev_msgs:
            t = (m.get("text") or "") + " " + (m.get("alert", {}) or {}).get("title", "")
            for a, b, c in re.findall(
                    r"\bsev[- ]?([1-4])\b|\bp([0-4])\b|\bseverity (?:to |of |is |= |at )?([1-4])\b", t, re.I):
                if a or c:
                    levels.append(int(a or c))
                else:
                    levels.append(max(1, int(b)))
        if levels and f"SEV-{min(levels)}" != s["severity"]:
            warnings.append(f"summary.severity {s['severity']} but the worst level seen in the text is SEV-{min(levels)}")
    if s["detected"] != det["at"]:
        fail(f"summary.detected {s['detected']!r} must equal the detection message's at {det['at']!r} (n={det['n']})")
    res_msgs = [m for m in msgs if "resolution" in m.get("expect", [])]
    if res_msgs:
        last = res_msgs[-1]
        if s["resolved"] != last["at"]:
            fail(f"summary.resolved {s['resolved']!r} must equal the last resolution's at {last['at']!r} (n={last['n']})")
        want = (epoch(s["resolved"]) - epoch(s["detected"])) // 60
        if s["duration_minutes"] != want:
            fail(f"summary.duration_minutes {s['duration_minutes']!r} must be {want} (floor of resolved - detected)")
    else:
        if s["resolved"] is not None or s["duration_minutes"] is not None:
            fail("no message carries 'resolution', so summary.resolved and duration_minutes must be null")
    rc_msgs = [m for m in msgs if "root_cause" in m.get("expect", [])]
    rc = s["root_cause"]
    if rc is None:
        if rc_msgs:
            fail(f"summary.root_cause is null but message(s) {[m['n'] for m in rc_msgs]} carry 'root_cause'")
    else:
        if not isinstance(rc, dict) or set(rc) != {"n", "author"}:
            fail("summary.root_cause must be {\"n\", \"author\"} or null")
        if rc["n"] not in by_n:
            fail(f"summary.root_cause.n {rc['n']!r} is not a message")
        target = by_n[rc["n"]]
        if "root_cause" not in target.get("expect", []):
            fail(f"summary.root_cause.n {rc['n']} does not carry 'root_cause' in its expect")
        if rc["author"] != target["by"]:
            fail(f"summary.root_cause.author {rc['author']!r} but message {rc['n']} is by {target['by']!r}")
        if rc_msgs[-1]["n"] != rc["n"]:
            fail(f"summary.root_cause.n {rc['n']} is not the last root_cause statement (n={rc_msgs[-1]['n']})")
    for k in ("model", "version"):
        if s[k] is not None and (not isinstance(s[k], str) or not s[k].strip()):
            fail(f"summary.{k} must be a non-empty string or null")
    if s["version"] is not None:
        mit = " ".join((m.get("text") or "") for m in msgs if "mitigation" in m.get("expect", []))
        if s["version"].lower() not in mit.lower():
            warnings.append(f"summary.version {s['version']!r} appears in no mitigation message's text")
    return warnings


# ----------------------------------------------------------------------------- ids and times

def slack_id(prefix, stem, key, used):
    salt = 0
    while True:
        v = prefix + "0" + b36(h("slack", prefix, stem, key, salt), 9)
        if v not in used:
            used.add(v)
            return v
        salt += 1


def snowflake(ms, low):
    return ((ms - DISCORD_EPOCH_MS) << 22) | (low & 0x3FFFFF)


def discord_account_id(stem, key):
    x = h("discord-account", stem, key)
    start = 1451606400000  # 2016-01-01
    span = 1704067200000 - start  # .. 2024-01-01
    return str(snowflake(start + x % span, x >> 64))


def slack_timestamps(stem, msgs):
    out, prev_sec, prev_frac = [], None, -1
    for m in msgs:
        sec = epoch(m["at"])
        frac = h("ts", stem, m["n"]) % 900000 + 1000
        if sec == prev_sec and frac <= prev_frac:
            frac = prev_frac + 1 + h("ts+", stem, m["n"]) % 97
            if frac > 999999:
                raise SourceError(f"too many messages in second {m['at']}")
        out.append(f"{sec}.{frac:06d}")
        prev_sec, prev_frac = sec, frac
    return out


def discord_ids(stem, msgs):
    worker = h("worker", stem) % 1024
    ids, prev = [], 0
    for m in msgs:
        v = snowflake(epoch(m["at"]) * 1000, (worker << 12) | (m["n"] & 0xFFF))
        if v <= prev:
            v = prev + 1
        ids.append(str(v))
        prev = v
    return ids


def iso(at):
    return at[:-1] + "+00:00"


# ----------------------------------------------------------------------------- text

def emoji_to_unicode(text):
    return SHORTCODE_RE.sub(lambda mo: EMOJI.get(mo.group(1), mo.group(0)), text)


def emoji_to_shortcode(text):
    return UNICODE_RE.sub(lambda mo: f":{SLACK_NAME[mo.group(1)]}:", text)


def slack_text(text, ids):
    """Slack's stored form: & < > escaped, mentions <@U..>, links <url>, emoji as :name:."""
    if not text:
        return ""
    out, pos = [], 0
    for mo in MENTION_RE.finditer(text):
        out.append(slack_plain(text[pos:mo.start()]))
        out.append(f"<@{ids[mo.group(1)]}>")
        pos = mo.end()
    out.append(slack_plain(text[pos:]))
    return "".join(out)


def slack_plain(s):
    s = emoji_to_shortcode(s)
    parts, pos = [], 0
    for mo in URL_RE.finditer(s):
        url = mo.group(0)
        trail = ""
        while url and url[-1] in ".,;:!?)'\"":
            trail = url[-1] + trail
            url = url[:-1]
        parts.append(esc(s[pos:mo.start()]))
        parts.append("<" + esc(url) + ">" + esc(trail))
        pos = mo.end()
    parts.append(esc(s[pos:]))
    return "".join(parts)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def discord_text(text, ids):
    if not text:
        return ""
    return emoji_to_unicode(MENTION_RE.sub(lambda mo: f"<@{ids[mo.group(1)]}>", text))


def mentioned(texts):
    seen = []
    for t in texts:
        for who in MENTION_RE.findall(t or ""):
            if who not in seen:
                seen.append(who)
    return seen


def reactors(stem, m, humans, salt):
    pool = sorted(humans)
    x = h("react", stem, m["n"], salt)
    count = 1 + x % min(3, len(pool))
    start = (x >> 8) % len(pool)
    return [pool[(start + i) % len(pool)] for i in range(count)]


# ----------------------------------------------------------------------------- build

def build(stem, src):
    people, bots, msgs = src["people"], src["bots"], src["messages"]
    used = set()
    s_uid = {k: slack_id("U", stem, k, used) for k in list(people) + list(bots)}
    s_bid = {k: slack_id("B", stem, k, used) for k in bots}
    d_uid = {k: discord_account_id(stem, k) for k in list(people) + list(bots)}
    if len(set(d_uid.values())) != len(d_uid):
        raise SourceError(f"{stem}: discord account id collision")
    ts = slack_timestamps(stem, msgs)
    dids = discord_ids(stem, msgs)
    by_n = {m["n"]: m for m in msgs}
    ts_of = {m["n"]: ts[i] for i, m in enumerate(msgs)}
    did_of = {m["n"]: dids[i] for i, m in enumerate(msgs)}
    replies = {}
    for m in msgs:
        if "thread" in m:
            replies.setdefault(m["thread"], []).append(m)

    def reactions_of(m):
        names = list(m.get("reactions", []))
        if m.get("pin"):
            names.append("pushpin")
        return [(name, reactors(stem, m, people, name)) for name in names]

    # ---- Slack
    channel_id = "C0" + b36(h("channel", stem), 9)
    days = {}
    for m in msgs:
        n, by = m["n"], m["by"]
        texts = [m.get("text")]
        if by in bots:
            rec = {"type": "message", "subtype": "bot_message", "text": slack_text(m.get("text"), s_uid),
                   "ts": ts_of[n], "bot_id": s_bid[by], "username": bots[by]}
            if "alert" in m:
                a = m["alert"]
                color = a.get("color", "danger")
                color = COLORS.get(color, color.lstrip("#").upper())
                rec["attachments"] = [{
                    "id": 1,
                    "color": color,
                    "fallback": slack_text(a["title"], s_uid),
                    "title": slack_text(a["title"], s_uid),
                    "text": slack_text(a.get("text", ""), s_uid),
                    "mrkdwn_in": ["text"],
                }]
        else:
            rec = {"type": "message", "text": slack_text(m.get("text"), s_uid), "user": s_uid[by],
                   "ts": ts_of[n], "user_profile": {
                       "real_name": people[by], "display_name": by, "name": by,
                       "first_name": people[by].split()[0], "is_restricted": False,
                       "is_ultra_restricted": False}}
        if "thread" in m:
            parent = by_n[m["thread"]]
            rec["thread_ts"] = ts_of[parent["n"]]
            rec["parent_user_id"] = s_uid[parent["by"]]
        elif n in replies:
            rs = replies[n]
            users = []
            for r in rs:
                if s_uid[r["by"]] not in users:
                    users.append(s_uid[r["by"]])
            rec["thread_ts"] = ts_of[n]
            rec["reply_count"] = len(rs)
            rec["reply_users_count"] = len(users)
            rec["latest_reply"] = ts_of[rs[-1]["n"]]
            rec["reply_users"] = users
            rec["replies"] = [{"user": s_uid[r["by"]], "ts": ts_of[r["n"]]} for r in rs]
            rec["is_locked"] = False
            rec["subscribed"] = False
        rx = reactions_of(m)
        if rx:
            rec["reactions"] = [{"name": name, "users": [s_uid[u] for u in who], "count": len(who)}
                                for name, who in rx]
        days.setdefault(m["at"][:10], []).append(rec)

    members = [s_uid[k] for k in list(people) + list(bots)]
    first_human = next((m["by"] for m in msgs if m["by"] in people), next(iter(people)))
    created = epoch(msgs[0]["at"]) - 60 - h("created", stem) % 600
    channels = [{
        "id": channel_id, "name": src["channel"], "created": created, "creator": s_uid[first_human],
        "is_archived": False, "is_general": False, "members": members,
        "topic": {"value": "", "creator": "", "last_set": 0},
        "purpose": {"value": src["title"], "creator": s_uid[first_human], "last_set": created},
    }]
    users = []
    for k, real in people.items():
        users.append({"id": s_uid[k], "team_id": "T0" + b36(h("team", stem), 9), "name": k,
                      "deleted": False, "real_name": real, "tz": "Etc/UTC", "is_bot": False,
                      "is_app_user": False,
                      "profile": {"real_name": real, "display_name": k, "real_name_normalized": real,
                                  "display_name_normalized": k, "first_name": real.split()[0]}})
    for k, real in bots.items():
        users.append({"id": s_uid[k], "team_id": "T0" + b36(h("team", stem), 9), "name": k,
                      "deleted": False, "real_name": real, "is_bot": True, "is_app_user": False,
                      "profile": {"real_name": real, "display_name": "", "real_name_normalized": real,
                                  "display_name_normalized": "", "bot_id": s_bid[k]}})

    # ---- Discord
    first_ms = epoch(msgs[0]["at"]) * 1000
    guild_id = str(snowflake(1514764800000 + h("guild", stem) % 94608000000, h("guild-low", stem)))
    d_channel_id = str(snowflake(first_ms - 120000 - h("dch", stem) % 600000, h("dch-low", stem)))
    category_id = str(snowflake(1577836800000 + h("cat", stem) % 94608000000, h("cat-low", stem)))

    def d_author(k):
        is_bot = k in bots
        return {"id": d_uid[k], "name": bots[k] if is_bot else k, "discriminator": "0000",
                "nickname": bots[k] if is_bot else people[k], "color": None, "isBot": is_bot,
                "roles": [], "avatarUrl": "https://cdn.discordapp.com/embed/avatars/%d.png" % (h("av", stem, k) % 5)}

    dmsgs = []
    for m in msgs:
        n = m["n"]
        ref = m.get("thread", m.get("reply_to"))
        content = discord_text(m.get("text"), d_uid)
        embeds = []
        if "alert" in m:
            a = m["alert"]
            color = a.get("color", "danger")
            color = "#" + COLORS.get(color, color.lstrip("#").upper())
            embeds.append({"title": discord_text(a["title"], d_uid), "url": None,
                           "timestamp": iso(m["at"]),
                           "description": discord_text(a.get("text", ""), d_uid),
                           "color": color, "fields": [], "images": []})
        rec = {"id": did_of[n], "type": "Reply" if ref is not None else "Default",
               "timestamp": iso(m["at"]), "timestampEdited": None, "callEndedTimestamp": None,
               "isPinned": False, "content": content, "author": d_author(m["by"]),
               "attachments": [], "embeds": embeds, "stickers": [],
               "reactions": [{"emoji": {"id": "", "name": EMOJI.get(name, name), "code": name,
                                        "isAnimated": False}, "count": len(who)}
                             for name, who in reactions_of(m)],
               "mentions": [{"id": d_uid[k], "name": bots[k] if k in bots else k,
                             "discriminator": "0000", "nickname": bots[k] if k in bots else people[k],
                             "isBot": k in bots}
                            for k in mentioned([m.get("text")] + ([m["alert"].get("title"), m["alert"].get("text")] if "alert" in m else []))]}
        if ref is not None:
            rec["reference"] = {"messageId": did_of[ref], "channelId": d_channel_id, "guildId": guild_id}
        dmsgs.append(rec)
    last = parse_at(msgs[-1]["at"]) + dt.timedelta(hours=2, minutes=h("exp", stem) % 600)
    discord = {
        "guild": {"id": guild_id, "name": GUILDS[h("gname", stem) % len(GUILDS)],
                  "iconUrl": "https://cdn.discordapp.com/embed/avatars/0.png"},
        "channel": {"id": d_channel_id, "type": "GuildTextChat", "categoryId": category_id,
                    "category": "incidents", "name": src["channel"], "topic": src["title"]},
        "dateRange": {"after": None, "before": None},
        "exportedAt": last.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
        "messages": dmsgs,
        "messageCount": len(dmsgs),
    }

    # ---- expected
    events = []
    for m in msgs:
        for k in m.get("expect", []):
            events.append({"n": m["n"], "kind": k, "at": m["at"], "author": m["by"],
                           "slack_ts": ts_of[m["n"]], "discord_id": did_of[m["n"]]})
    summary = {}
    for k in SUMMARY_FIELDS:
        v = src["summary"][k]
        if k == "root_cause" and v is not None:
            v = {"n": v["n"], "author": v["author"], "at": by_n[v["n"]]["at"],
                 "slack_ts": ts_of[v["n"]], "discord_id": did_of[v["n"]]}
        summary[k] = v
    expected = {"title": src["title"], "channel": src["channel"], "events": events, "summary": summary}

    files = {
        os.path.join("slack", "channels.json"): dump(channels, 4),
        os.path.join("slack", "users.json"): dump(users, 4),
        "discord.json": dump(discord, 2),
        "expected.json": dump(expected, 2),
    }
    for day, recs in sorted(days.items()):
        files[os.path.join("slack", src["channel"], day + ".json")] = dump(recs, 4)
    stats = {
        "messages": len(msgs),
        "people": len(people), "bots": len(bots),
        "days": len(days),
        "threads": len(replies),
        "thread_replies": sum(len(v) for v in replies.values()),
        "inline_replies": sum(1 for m in msgs if "reply_to" in m),
        "events": len(events),
    }
    kinds = {}
    for e in events:
        kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
    return files, stats, kinds


def dump(obj, indent):
    return json.dumps(obj, indent=indent, ensure_ascii=False) + "\n"


def write(out, stem, files):
    target = os.path.join(out, stem)
    tmp = os.path.join(out, f".{stem}.tmp")
    if os.path.exists(tmp):
        shutil.rmtree(tmp)
    for rel, text in files.items():
        path = os.path.join(tmp, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    if os.path.exists(target):
        shutil.rmtree(target)
    os.rename(tmp, target)


def main():
    sys.stdout.reconfigure(line_buffering=True)
    sys.stderr.reconfigure(line_buffering=True)
    if len(sys.argv) > 1:
        print("generate.py takes no arguments", file=sys.stderr)
        return 2
    first = os.path.join(HERE, SETS[0][0])
    if not os.path.isdir(first):
        print(f"no sources folder: {first}", file=sys.stderr)
        return 1
    # One run at a time (several people may run it at once): lock this script file.
    with open(os.path.abspath(__file__), "rb") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        status = 0
        for folder, out in SETS:
            sources = os.path.join(HERE, folder)
            if os.path.isdir(sources):
                status = max(status, run(sources, os.path.join(RESOURCES, out)))
        return status


def run(sources, out):
    os.makedirs(out, exist_ok=True)
    names = sorted(f for f in os.listdir(sources) if f.endswith(".json"))
    failed, total_msgs, total_events = [], 0, 0
    stems = set()
    for name in names:
        stem = name[:-5]
        stems.add(stem)
        try:
            if not STEM_RE.match(stem):
                raise SourceError(f"{name}: file name must be NN-slug.json (lowercase slug)")
            with open(os.path.join(sources, name), encoding="utf-8") as f:
                try:
                    src = json.load(f)
                except json.JSONDecodeError as e:
                    raise SourceError(f"{name}: not valid JSON: {e}")
            warnings = validate(name, src)
            files, st, kinds = build(stem, src)
            write(out, stem, files)
        except SourceError as e:
            print(f"ERROR {e}", file=sys.stderr)
            failed.append(name)
            continue
        for w in warnings:
            print(f"WARNING {name}: {w}", file=sys.stderr)
        total_msgs += st["messages"]
        total_events += st["events"]
        s = src["summary"]
        kind_list = ", ".join(f"{k} {kinds[k]}" for k in KINDS if k in kinds)
        print(f"{stem}: {st['messages']} msgs ({st['people']} people, {st['bots']} bots), "
              f"{st['days']} day(s), {st['threads']} threads/{st['thread_replies']} replies, "
              f"{st['inline_replies']} inline; {st['events']} events [{kind_list}]; "
              f"{s['severity'] or 'no severity'}, "
              f"{str(s['duration_minutes']) + ' min' if s['duration_minutes'] is not None else 'unresolved'}")
    # Outputs whose source is gone are stale.
    for d in sorted(os.listdir(out)):
        full = os.path.join(out, d)
        if (STEM_RE.match(d) and d not in stems and os.path.isdir(full)
                and os.path.exists(os.path.join(full, "expected.json"))):
            shutil.rmtree(full)
            print(f"removed stale output {d}/ (no source)")
    ok = len(names) - len(failed)
    print(f"{ok}/{len(names)} conversations written to {os.path.relpath(out)}; "
          f"{total_msgs} messages, {total_events} events")
    if failed:
        print(f"FAILED: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
