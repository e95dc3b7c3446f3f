#!/usr/bin/env python3
"""Curates the generated texts into the corpus: drops texts that carry no cause at all (an SDK
class name with only a logid, whose class does not itself name the kind; a bare "fetch failed"
that could be any network failure), drops duplicates, and writes one JSONL file per source.
Usage: assemble.py OUT_DIR name=file.jsonl ..."""
import json, os, re, sys

# What an SDK class name alone says (@coze/api's APIError.generate: status -> class).
CLASS_ONLY = {"AuthenticationError": None, "BadRequestError": None, "APIError": None, "Error": None,
              "PermissionDeniedError": "PERMISSION_MISSING", "NotFoundError": "RESOURCE_NOT_FOUND",
              "RateLimitError": "RATE_LIMITED", "TimeoutError": "TIMEOUT", "GatewayError": "SERVER_ERROR",
              "InternalServerError": "SERVER_ERROR"}
NO_CAUSE = re.compile(r"^(?:Uncaught \(in promise\) )?(\w+)(?:: logid: \w+)?\s*(?:\n\s+at .*)*\s*$")


def keep(record):
    text, kind = record["text"].strip(), record["kind"]
    if len(text) < 12:
        return False
    m = NO_CAUSE.match(text)
    if m:
        return CLASS_ONLY.get(m.group(1)) == kind
    if kind == "PROXY_FAILURE" and not re.search(r"(?i)proxy|\b407\b", text) and "CONNECT" not in text:
        return False  # a proxy's 403 page, read as any 403: nothing in the text says proxy
    if re.match(r"^(?:Uncaught \(in promise\) )?TypeError: fetch failed\s*(\n\s+at .*)*$", text):
        return kind == "CONNECTION_FAILURE"
    return True


def neutral_paths(text, repo):
    """No machine paths in the corpus: the repository, the scratch folder and interpreter installs become neutral ones."""
    text = text.replace(repo + "/", "/home/dev/app/")
    text = re.sub(r"/root/\.pyenv/versions/[^/]+/lib/", "/usr/lib/", text)
    text = re.sub(r"/(?:tmp|root|work)/[\w./-]*?/(node_modules|my-app)/", r"/home/dev/my-app/\1/", text)
    return text


def main():
    out_dir = sys.argv[1]
    seen = set()
    for arg in sys.argv[2:]:
        name, path = arg.split("=", 1)
        kept = dropped = 0
        with open(path, encoding="utf-8") as src, open(f"{out_dir}/{name}.jsonl", "w", encoding="utf-8") as dst:
            for line in src:
                record = json.loads(line)
                record["text"] = neutral_paths(record["text"], os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..")))
                if record["text"] in seen or not keep(record):
                    dropped += 1
                    continue
                seen.add(record["text"])
                dst.write(json.dumps(record, ensure_ascii=False) + "\n")
                kept += 1
        print(f"{name}: kept {kept}, dropped {dropped}", file=sys.stderr)


if __name__ == "__main__":
    main()
