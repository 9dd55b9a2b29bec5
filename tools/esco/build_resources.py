#!/usr/bin/env python3
"""Turn the official ESCO v1.1.1 CSV files into compact gzip-compressed TSV resources.

Usage:
    python3 tools/esco/build_resources.py --source /path/to/data/esco --out src/main/resources/esco/v1.1.1

Reads (relative to --source):
    v1.1.1_en/occupations_en.csv
    v1.1.1_en/skills_en.csv
    v1.1.1_en/ISCOGroups_en.csv
    v1.1.1_en/occupationSkillRelations.csv
    nl/occupations_nl_v1.1.x.csv
    nl/ISCOGroups_nl_v1.2.0_from_esco-explorer.csv
    nl/ESCO_to_VDAB_Competent_skills_nl_fr.csv   (only the Dutch ESCO preferred label is used)

Writes (into --out), UTF-8, gzip (mtime=0), TSV without header, "|" between multiple values:
    occupations.tsv.gz        uuid, iscoGroup, escoCode, prefLabel_en, altLabels_en, hiddenLabels_en,
                              prefLabel_nl, altLabels_nl, hiddenLabels_nl
    isco_groups.tsv.gz        code, prefLabel_en, prefLabel_nl
    skills.tsv.gz             uuid, skillType, reuseLevel, prefLabel_en, altLabels_en, hiddenLabels_en,
                              prefLabel_nl, altLabels_nl
    occupation_skills.tsv.gz  occupation_uuid, essential skill uuids, optional skill uuids

Standard library only. Output is deterministic: rows are sorted and the gzip header carries no
timestamp, so repeated runs on the same input produce identical bytes.
"""

import argparse
import csv
import gzip
import os
import re
import sys
from collections import Counter, defaultdict

OCCUPATION_PREFIX = "http://data.europa.eu/esco/occupation/"
SKILL_PREFIX = "http://data.europa.eu/esco/skill/"
ISCO_PREFIX = "http://data.europa.eu/esco/isco/C"
RELEASED = "released"

UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
ISCO_CODE_RE = re.compile(r"^[0-9]{1,4}$")
ISCO_UNIT_RE = re.compile(r"^[0-9]{4}$")
FORBIDDEN_RE = re.compile(r"[\t\r\n|]+")
LINE_SPLIT_RE = re.compile(r"\r\n|\r|\n")

VDAB_HEADER_FIRST_CELL = "Classification 1 URI"

csv.field_size_limit(sys.maxsize)


class DataError(Exception):
    """Input data does not match the expected shape."""


def log(msg):
    print(msg, file=sys.stderr)


# --------------------------------------------------------------------------- reading


def read_csv(path, required_columns):
    """Read an RFC 4180 CSV file with a header row into a list of dicts."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        missing = [c for c in required_columns if c not in (reader.fieldnames or [])]
        if missing:
            raise DataError(f"{path}: missing columns {missing}; found {reader.fieldnames}")
        rows = list(reader)
    for i, row in enumerate(rows, start=2):
        if None in row or any(v is None for v in row.values()):
            raise DataError(f"{path}: record {i} has a different number of fields than the header")
    return rows


def read_vdab_csv(path):
    """Read the ESCO-to-VDAB mapping; its column header follows a metadata block."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        records = list(csv.reader(f))
    for idx, rec in enumerate(records):
        if rec and rec[0].strip() == VDAB_HEADER_FIRST_CELL:
            header = [h.strip() for h in rec]
            break
    else:
        raise DataError(f"{path}: no header row starting with '{VDAB_HEADER_FIRST_CELL}'")
    for col in ("Classification 1 URI", "Classification 1 PrefLabel"):
        if col not in header:
            raise DataError(f"{path}: missing column {col!r}")
    rows = []
    for rec in records[idx + 1:]:
        if not any(cell.strip() for cell in rec):
            continue
        rows.append(dict(zip(header, rec)))
    return idx, rows


def filter_released(rows, path):
    statuses = Counter(r["status"] for r in rows)
    kept = [r for r in rows if r["status"].strip() == RELEASED]
    log(f"  {os.path.basename(path)}: {len(rows)} rows, status {dict(sorted(statuses.items()))}, kept {len(kept)}")
    return kept


# --------------------------------------------------------------------------- cleaning


def clean(value):
    """Replace TAB/CR/LF/'|' (runs of them) with a single space and trim."""
    return FORBIDDEN_RE.sub(" ", value or "").strip()


def split_lines(value):
    """Split a multi-valued (newline-separated) cell into cleaned, non-empty values."""
    out = []
    for part in LINE_SPLIT_RE.split(value or ""):
        part = clean(part)
        if part:
            out.append(part)
    return out


def dedupe(values, pref):
    """Case-insensitive de-duplication (keep first), dropping values equal to pref."""
    seen = {pref.lower()} if pref else set()
    out = []
    for v in values:
        key = v.lower()
        if key in seen:
            continue
        seen.add(key)
        out.append(v)
    return out


def join(values):
    return "|".join(values)


def uuid_of(uri, prefix, what):
    uri = (uri or "").strip()
    if not uri.startswith(prefix):
        raise DataError(f"{what} URI does not start with {prefix}: {uri!r}")
    uuid = uri[len(prefix):]
    if not UUID_RE.match(uuid):
        raise DataError(f"{what} URI does not end in a lower-case UUID: {uri!r}")
    return uuid


def labels(row):
    pref = clean(row.get("preferredLabel", ""))
    alt = dedupe(split_lines(row.get("altLabels", "")), pref)
    hidden = dedupe(split_lines(row.get("hiddenLabels", "")), pref)
    return pref, alt, hidden


# --------------------------------------------------------------------------- writing


def write_tsv_gz(path, rows, n_fields):
    lines = []
    for row in rows:
        if len(row) != n_fields:
            raise DataError(f"{path}: row has {len(row)} fields, expected {n_fields}: {row!r}")
        for field in row:
            if FORBIDDEN_RE.search(field.replace("|", "")):
                raise DataError(f"{path}: field contains TAB/CR/LF: {field!r}")
        lines.append("\t".join(row) + "\n")
    data = "".join(lines).encode("utf-8")
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(gzip.compress(data, compresslevel=9, mtime=0))
    os.replace(tmp, path)
    log(f"  wrote {path}: {len(rows)} rows, {os.path.getsize(path)} bytes")


# --------------------------------------------------------------------------- building


def build_isco_groups(src):
    p_en = os.path.join(src, "v1.1.1_en", "ISCOGroups_en.csv")
    p_nl = os.path.join(src, "nl", "ISCOGroups_nl_v1.2.0_from_esco-explorer.csv")
    cols = ["conceptUri", "code", "preferredLabel", "status"]
    en = filter_released(read_csv(p_en, cols), p_en)
    nl = filter_released(read_csv(p_nl, cols), p_nl)

    def code_of(row, path):
        code = row["code"].strip()
        if not ISCO_CODE_RE.match(code):
            raise DataError(f"{path}: ISCO code is not 1-4 digits: {code!r}")
        if row["conceptUri"].strip() != ISCO_PREFIX + code:
            raise DataError(f"{path}: ISCO URI {row['conceptUri']!r} does not match code {code!r}")
        return code

    nl_by_code = {}
    for r in nl:
        code = code_of(r, p_nl)
        if code in nl_by_code:
            raise DataError(f"{p_nl}: duplicate ISCO code {code}")
        nl_by_code[code] = clean(r["preferredLabel"])

    out = {}
    for r in en:
        code = code_of(r, p_en)
        if code in out:
            raise DataError(f"{p_en}: duplicate ISCO code {code}")
        out[code] = (code, clean(r["preferredLabel"]), nl_by_code.get(code, ""))
    extra = sorted(set(nl_by_code) - set(out))
    if extra:
        log(f"  note: {len(extra)} Dutch ISCO codes not in the English file ignored: {extra[:10]}")
    return out


def build_occupations(src, isco_codes):
    p_en = os.path.join(src, "v1.1.1_en", "occupations_en.csv")
    p_nl = os.path.join(src, "nl", "occupations_nl_v1.1.x.csv")
    cols = ["conceptUri", "iscoGroup", "preferredLabel", "altLabels", "hiddenLabels", "status", "code"]
    en = filter_released(read_csv(p_en, cols), p_en)
    nl = filter_released(read_csv(p_nl, cols), p_nl)

    nl_by_uuid = {}
    for r in nl:
        uuid = uuid_of(r["conceptUri"], OCCUPATION_PREFIX, "Dutch occupation")
        if uuid in nl_by_uuid:
            raise DataError(f"{p_nl}: duplicate occupation {uuid}")
        nl_by_uuid[uuid] = r

    out = {}
    for r in en:
        uuid = uuid_of(r["conceptUri"], OCCUPATION_PREFIX, "occupation")
        if uuid in out:
            raise DataError(f"{p_en}: duplicate occupation {uuid}")
        isco = r["iscoGroup"].strip()
        if not ISCO_UNIT_RE.match(isco):
            raise DataError(f"{p_en}: occupation {uuid} has iscoGroup {isco!r}, expected 4 digits")
        if isco not in isco_codes:
            raise DataError(f"{p_en}: occupation {uuid} has unknown iscoGroup {isco}")
        code = clean(r["code"])
        pref_en, alt_en, hid_en = labels(r)
        if not pref_en:
            raise DataError(f"{p_en}: occupation {uuid} has no preferred label")
        nl_row = nl_by_uuid.get(uuid)
        if nl_row is not None:
            pref_nl, alt_nl, hid_nl = labels(nl_row)
        else:
            pref_nl, alt_nl, hid_nl = "", [], []
        out[uuid] = (uuid, isco, code, pref_en, join(alt_en), join(hid_en),
                     pref_nl, join(alt_nl), join(hid_nl))
    extra = set(nl_by_uuid) - set(out)
    if extra:
        log(f"  note: {len(extra)} Dutch occupations not in the English file ignored")
    return out


def build_skills(src):
    p_en = os.path.join(src, "v1.1.1_en", "skills_en.csv")
    p_vdab = os.path.join(src, "nl", "ESCO_to_VDAB_Competent_skills_nl_fr.csv")
    cols = ["conceptUri", "skillType", "reuseLevel", "preferredLabel", "altLabels", "hiddenLabels", "status"]
    en = filter_released(read_csv(p_en, cols), p_en)

    header_idx, vdab = read_vdab_csv(p_vdab)
    nl_label = {}
    conflicts = 0
    for r in vdab:
        raw = r["Classification 1 URI"].strip()
        uuid = raw[len(SKILL_PREFIX):] if raw.startswith(SKILL_PREFIX) else raw
        if not UUID_RE.match(uuid):
            raise DataError(f"{p_vdab}: 'Classification 1 URI' is not a skill UUID: {raw!r}")
        label = clean(r["Classification 1 PrefLabel"])
        if not label:
            continue
        if uuid in nl_label:
            if nl_label[uuid] != label:
                conflicts += 1  # keep the first label in file order
            continue
        nl_label[uuid] = label
    log(f"  {os.path.basename(p_vdab)}: header on line {header_idx + 1}, {len(vdab)} mapping rows, "
        f"{len(nl_label)} distinct skills, {conflicts} conflicting duplicate labels")

    out = {}
    for r in en:
        uuid = uuid_of(r["conceptUri"], SKILL_PREFIX, "skill")
        if uuid in out:
            raise DataError(f"{p_en}: duplicate skill {uuid}")
        pref_en, alt_en, hid_en = labels(r)
        if not pref_en:
            raise DataError(f"{p_en}: skill {uuid} has no preferred label")
        out[uuid] = (uuid, clean(r["skillType"]), clean(r["reuseLevel"]), pref_en, join(alt_en),
                     join(hid_en), nl_label.get(uuid, ""), "")
    unknown = set(nl_label) - set(out)
    if unknown:
        log(f"  note: {len(unknown)} VDAB-mapped skill UUIDs are not in skills_en.csv; ignored")
    return out


def build_relations(src, occupations, skills):
    path = os.path.join(src, "v1.1.1_en", "occupationSkillRelations.csv")
    rows = read_csv(path, ["occupationUri", "relationType", "skillUri"])
    essential = defaultdict(set)
    optional = defaultdict(set)
    skipped_occ = Counter()
    skipped_skill = Counter()
    for r in rows:
        occ = uuid_of(r["occupationUri"], OCCUPATION_PREFIX, "relation occupation")
        skill = uuid_of(r["skillUri"], SKILL_PREFIX, "relation skill")
        kind = r["relationType"].strip()
        if kind not in ("essential", "optional"):
            raise DataError(f"{path}: unknown relationType {kind!r}")
        if occ not in occupations:
            skipped_occ[occ] += 1
            continue
        if skill not in skills:
            skipped_skill[skill] += 1
            continue
        (essential if kind == "essential" else optional)[occ].add(skill)
    both = 0
    for occ in optional:
        overlap = optional[occ] & essential.get(occ, set())
        if overlap:
            both += len(overlap)
            optional[occ] -= overlap  # essential wins
    log(f"  {os.path.basename(path)}: {len(rows)} rows; skipped {sum(skipped_occ.values())} for "
        f"{len(skipped_occ)} unknown occupations {sorted(skipped_occ)}, "
        f"{sum(skipped_skill.values())} for {len(skipped_skill)} unknown skills; "
        f"{both} pairs both essential and optional (kept as essential)")
    out = {}
    for occ in set(essential) | set(optional):
        ess = sorted(essential.get(occ, ()))
        opt = sorted(optional.get(occ, ()))
        if ess or opt:
            out[occ] = (occ, join(ess), join(opt))
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--source", required=True, help="directory containing v1.1.1_en/ and nl/")
    ap.add_argument("--out", required=True, help="output directory for the .tsv.gz files")
    args = ap.parse_args(argv)

    try:
        log("ISCO groups")
        isco = build_isco_groups(args.source)
        log("occupations")
        occupations = build_occupations(args.source, isco)
        log("skills")
        skills = build_skills(args.source)
        log("occupation-skill relations")
        relations = build_relations(args.source, occupations, skills)
    except DataError as e:
        log(f"ERROR: {e}")
        return 1

    os.makedirs(args.out, exist_ok=True)
    log("writing")
    write_tsv_gz(os.path.join(args.out, "occupations.tsv.gz"), [occupations[k] for k in sorted(occupations)], 9)
    write_tsv_gz(os.path.join(args.out, "isco_groups.tsv.gz"), [isco[k] for k in sorted(isco)], 3)
    write_tsv_gz(os.path.join(args.out, "skills.tsv.gz"), [skills[k] for k in sorted(skills)], 8)
    write_tsv_gz(os.path.join(args.out, "occupation_skills.tsv.gz"), [relations[k] for k in sorted(relations)], 3)
    return 0


if __name__ == "__main__":
    sys.exit(main())
