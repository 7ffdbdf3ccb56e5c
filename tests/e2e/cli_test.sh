#!/usr/bin/env bash
# The CLI as a user runs it: help, errors with exit code 2, JSON per epoch, save/load/continue.
set -uo pipefail
CLI="$1"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
failures=0
check() { # description, command status
  if [[ "$2" -eq 0 ]]; then echo "ok   $1"; else echo "FAIL $1"; failures=$((failures + 1)); fi
}
expect_error() { # description, expected text, args...
  local what="$1" text="$2"; shift 2
  "$CLI" "$@" >"$TMP/out" 2>"$TMP/err"
  local rc=$?
  [[ $rc -eq 2 ]] && grep -q "^error: .*$text" "$TMP/err"
  check "$what (exit $rc: $(head -c 200 "$TMP/err"))" $?
}

"$CLI" --help | grep -q -- "--data SPEC"; check "--help shows the usage" $?
"$CLI" --version | grep -q "neuralboard-train"; check "--version" $?
expect_error "unknown option" 'unknown option "--frobnicate"' --frobnicate
expect_error "missing --data" "--data is required"
expect_error "missing value" "--epochs needs a value" --data builtin:xor --epochs
expect_error "bad number" '--lr needs a number, got "fast"' --data builtin:xor --lr fast
expect_error "unknown dataset" 'unknown dataset "nothing-here"' --data nothing-here
expect_error "bad layers" "unknown activation" --data builtin:xor --layers 8:sparkly
expect_error "loss for the wrong task" "needs classes" --data builtin:sine --loss cross_entropy

printf 'a,b,c\n1,2,0\n3,4\n' > "$TMP/ragged.csv"
expect_error "ragged CSV names file and line" "ragged.csv:3: expected 3 fields, found 2" --data "csv:$TMP/ragged.csv"
printf 'a;b;c\n1;2;0\n1;x;1\n2;3;0\n3;4;1\n' > "$TMP/text.csv"
expect_error "text in a numeric column names line and column" 'text.csv:3:2: expected a number in column "b"' --data "csv:$TMP/text.csv"

"$CLI" --data builtin:xor --layers 8:tanh --epochs 3 --lr 0.02 --json --quiet >"$TMP/xor.json" 2>"$TMP/err"
check "training exits 0" $?
python3 - "$TMP/xor.json" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert [r["epoch"] for r in rows] == [1, 2, 3], rows
for r in rows:
    for k in ("seconds", "train_loss", "val_loss", "val_accuracy"):
        assert isinstance(r[k], float), (k, r)
assert rows[-1]["train_loss"] < rows[0]["train_loss"], rows
PY
check "--json prints one object per epoch with the classification fields" $?

printf 'x1;x2;y\n' > "$TMP/reg.csv"
for i in $(seq 1 60); do printf '%d,5;%d;%d,25\n' $i $((i % 7)) $((2 * i + 3)) >> "$TMP/reg.csv"; done
"$CLI" --data "csv:$TMP/reg.csv" --task regression --layers 16:relu --epochs 4 --json --quiet >"$TMP/reg.json" 2>"$TMP/err"
check "regression on a decimal-comma CSV exits 0 ($(head -c 200 "$TMP/err"))" $?
python3 -c "
import json,sys
rows=[json.loads(l) for l in open('$TMP/reg.json')]
assert len(rows)==4 and all(isinstance(r[k], float) for r in rows for k in ('val_mse','val_mae','val_r2')), rows
"
check "--json has val_mse, val_mae and val_r2 for regression" $?

"$CLI" --data builtin:moons --layers 16:relu --epochs 3 --quiet --save "$TMP/m.nbckpt" && test -s "$TMP/m.nbckpt"
check "--save writes a checkpoint" $?
"$CLI" --load "$TMP/m.nbckpt" --epochs 0 --json --quiet >"$TMP/eval.json" && grep -q '"val_accuracy"' "$TMP/eval.json"
check "--load with --epochs 0 evaluates" $?
"$CLI" --load "$TMP/m.nbckpt" --epochs 2 --json --quiet >"$TMP/more.json"
python3 -c "
import json
rows=[json.loads(l) for l in open('$TMP/more.json')]
assert [r['epoch'] for r in rows]==[4,5], rows
"
check "--load continues training where the checkpoint stopped" $?
head -c 100 "$TMP/m.nbckpt" > "$TMP/broken.nbckpt"
expect_error "a damaged checkpoint is an error" "broken.nbckpt: the checkpoint is truncated" --load "$TMP/broken.nbckpt"

"$CLI" --data builtin:moons --layers 8:tanh --epochs 3 --quiet --runs-dir "$TMP/runs" --run-name "tanh baseline"
python3 -c "
import glob, json, os
[folder] = glob.glob('$TMP/runs/*tanh-baseline')
run = json.load(open(os.path.join(folder, 'run.json')))
assert run['name'] == 'tanh baseline' and run['status'] == 'finished' and len(run['history']) == 3, run
assert run['dataset']['spec'] == 'builtin:moons', run['dataset']
assert len(open(os.path.join(folder, 'metrics.csv')).read().splitlines()) == 4
assert all(os.path.getsize(os.path.join(folder, f)) > 0 for f in ('best.nbckpt', 'final.nbckpt', 'network.json'))
"
check "--runs-dir records the run as the app does" $?
folder=$(ls -d "$TMP"/runs/*tanh-baseline)
expect_error "a runs folder that cannot be made is an error before training" "cannot create the runs folder" \
  --data builtin:moons --epochs 1 --runs-dir "$folder/run.json/x"

if [[ $failures -gt 0 ]]; then echo "$failures check(s) failed"; exit 1; fi
