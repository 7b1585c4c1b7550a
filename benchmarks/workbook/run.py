"""Reading a workbook against reading the same data as CSV (issue 17: aim ≤ 3×).

Writes a deterministic long-layout table (50,000 rows by default: regions × indicators × years,
numbers with one to three decimals, a note on every 20th row) once as CSV (UTF-8) and once as an
.xlsx workbook (openpyxl, write-only), then times ``checker.read_observations`` on each, best of 3,
in this process (the files are read from the page cache after the first run). Also times the
openpyxl fallback (python-calamine hidden) and, for scale, ``csv.reader`` over the CSV (the floor).

    python benchmarks/workbook/run.py              # 50,000 rows
    python benchmarks/workbook/run.py --rows 200000
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import tempfile
import time

INDICATORS = ["婴儿死亡率", "孕产妇死亡率", "人均预期寿命", "居民健康素养水平", "每千人口执业医师数",
              "经常参加体育锻炼人数比例", "5岁以下儿童死亡率", "重大慢性病过早死亡率", "每千人口床位数", "个人卫生支出占比"]
UNITS = ["‰", "1/10万", "岁", "%", "人", "%", "‰", "%", "张", "%"]
YEARS = list(range(2015, 2025))


def rows(count: int):
    header = ["地区", "指标", "年份", "数值", "单位", "备注"]
    yield header
    made = 0
    region = 0
    while made < count:
        for i, indicator in enumerate(INDICATORS):
            for year in YEARS:
                if made >= count:
                    return
                value = round(((region * 7919 + i * 104729 + year * 31) % 100000) / 997, 1 + made % 3)
                note = "快报数" if made % 20 == 0 else ""
                yield [f"地区{region:05d}", indicator, year, value, UNITS[i], note]
                made += 1
        region += 1


def write(folder: str, count: int) -> tuple[str, str]:
    import openpyxl

    csv_path, xlsx_path = os.path.join(folder, "data.csv"), os.path.join(folder, "data.xlsx")
    with open(csv_path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows(count))
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("数据")
    for row in rows(count):
        sheet.append(row)
    book.save(xlsx_path)
    return csv_path, xlsx_path


def best(action, times: int = 3) -> float:
    spans = []
    for _ in range(times):
        start = time.perf_counter()
        action()
        spans.append(time.perf_counter() - start)
    return min(spans)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    arguments = parser.parse_args()
    from checker.data.readers import read_observations

    with tempfile.TemporaryDirectory(prefix="checker-workbook-bench-") as folder:
        csv_path, xlsx_path = write(folder, arguments.rows)
        read_observations(csv_path), read_observations(xlsx_path)  # warm: imports, page cache
        same = ([(o.indicator, o.year, o.value, o.unit, o.notes) for o in read_observations(csv_path).items]
                == [(o.indicator, o.year, o.value, o.unit, o.notes) for o in read_observations(xlsx_path).items])

        def floor():
            with open(csv_path, encoding="utf-8", newline="") as handle:
                for _ in csv.reader(handle):
                    pass

        floor_s = best(floor)
        csv_s = best(lambda: read_observations(csv_path))
        xlsx_s = best(lambda: read_observations(xlsx_path))
        calamine = sys.modules.get("python_calamine")
        sys.modules["python_calamine"] = None  # the openpyxl fallback
        try:
            fallback_s = best(lambda: read_observations(xlsx_path), times=1)
        finally:
            sys.modules["python_calamine"] = calamine
        size_csv, size_xlsx = os.path.getsize(csv_path) / 2**20, os.path.getsize(xlsx_path) / 2**20
    print(f"{arguments.rows:,} rows; CSV {size_csv:.1f} MB, xlsx {size_xlsx:.1f} MB; same observations: {same}")
    print(f"| reader | s | × CSV |\n|---|---:|---:|")
    print(f"| csv.reader (floor) | {floor_s:.3f} | {floor_s / csv_s:.2f} |")
    print(f"| read_observations(CSV) | {csv_s:.3f} | 1.00 |")
    print(f"| read_observations(xlsx), python-calamine | {xlsx_s:.3f} | {xlsx_s / csv_s:.2f} |")
    print(f"| read_observations(xlsx), openpyxl fallback | {fallback_s:.3f} | {fallback_s / csv_s:.2f} |")


if __name__ == "__main__":
    main()
