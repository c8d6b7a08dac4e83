#!/usr/bin/env python3
"""Builds plans/2022.json from the bureau's 2022 work plan text (../shared/seed): the parts and points verbatim,
with the responsible units and quantitative targets added by hand below. Re-run it when the seed or the targets change."""
import json, re, sys, pathlib

seed = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/seed/000_676810b172ae7fcd.txt").read_text(encoding="utf-8")
numerals = "一二三四五六七八九十"

# 责任单位 and 分管领导 are not in the seed: the platform pre-fills them by business line; the bureau corrects this file.
units = {}
for n in range(1, 8): units[n] = "局办公室（机关党委）"
units.update({5: "社会组织管理股", 8: "社会救助股、养老服务股、社会福利股", 9: "社会救助股", 10: "社会救助股", 11: "社会救助股",
              12: "儿童福利股", 13: "儿童福利股", 14: "区慈善会", 15: "基层政权和社区建设股", 16: "基层政权和社区建设股",
              17: "社会工作股", 18: "社会组织管理股", 19: "区划地名股", 20: "社会事务股", 21: "社会事务股", 22: "社会事务股",
              23: "社会福利股", 24: "养老服务股", 25: "养老服务股", 26: "养老服务股", 27: "养老服务股", 28: "养老服务股",
              29: "局办公室", 30: "财务股", 31: "局办公室", 32: "局办公室", 33: "养老服务股", 34: "局办公室"})
leader = lambda n: "党组书记、局长" if n <= 7 else "分管副局长"

END = "2022-12-31"
def t(key, name, value, unit, indicator=None, direction="atLeast", pace="none", milestones=None):
    d = {"key": key, "name": name}
    if indicator: d["indicator"] = indicator
    d.update({"value": value, "unit": unit, "direction": direction, "deadline": END, "pace": pace})
    if milestones: d["milestones"] = [{"date": a, "value": b} for a, b in milestones]
    return d

targets = {
    3: [t("3.ideology-meetings", "党组专题研究意识形态工作", 2, "次", milestones=[("2022-06-30", 1)])],
    8: [t("8.retrofits", "困难老年人居家适老化改造", 1200, "户", pace="linear", indicator="elderly.retrofits_completed"),
        t("8.home-care-beds", "新增家庭养老床位", 1100, "张", pace="linear", indicator="elderly.new_home_care_beds"),
        t("8.dibao-urban", "城市低保标准", 602, "元/月", indicator="assistance.dibao_urban_standard"),
        t("8.dibao-rural", "农村低保标准", 5680, "元/年", indicator="assistance.dibao_rural_standard"),
        t("8.disability-living", "困难残疾人生活补贴标准", 75, "元/月", indicator="assistance.disability_living_subsidy"),
        t("8.disability-care", "重度残疾人护理补贴标准", 75, "元/月", indicator="assistance.disability_care_subsidy")],
    12: [t("12.child-protection-stations", "设立未保工作站的镇（街道）占比", 20, "%")],
    14: [t("14.charity-projects", "实施五大类慈善救助项目", 30, "个"),
         t("14.charity-branches", "乡镇（街道）慈善分会覆盖率", 100, "%"),
         t("14.charity-stations", "村（社区）慈善工作站覆盖率", 100, "%"),
         t("14.charity-annals", "编纂《蒸湘慈善志》", 1, "部")],
    17: [t("17.social-work-posts", "民政事业单位社会工作岗位设置覆盖率", 100, "%")],
    18: [t("18.incubation-site", "建设社会组织孵化场所", 1, "个")],
    19: [t("19.place-name-database", "完成国家地名信息库更新任务", 1, "项"),
         t("19.gazetteers", "完成标准地名词典、地名志编撰出版", 2, "部"),
         t("19.boundary-inspection", "组织第四轮界线联检", 1, "次")],
    21: [t("21.holiday-open-days", "特定节假日开放婚姻登记志愿服务", 10, "天", pace="linear")],
    24: [t("24.nursing-home", "建成护理型养老院（或突出护理功能的综合养老院）", 1, "所"),
         t("24.nursing-bed-share", "养老机构护理型床位占比", 60, "%", indicator="elderly.nursing_bed_share"),
         t("24.rural-facility-coverage", "农村养老服务设施覆盖率", 60, "%", indicator="elderly.rural_facility_coverage")],
    27: [t("27.home-care-beds", "建成家庭养老床位", 1100, "张", pace="linear", indicator="elderly.new_home_care_beds"),
         t("27.service-visits", "开展上门服务", 2200, "人次", pace="linear", indicator="elderly.service_visits"),
         t("27.centre-coverage-subdistrict", "街道综合性养老服务中心覆盖率", 80, "%", indicator="elderly.centre_coverage_subdistrict"),
         t("27.centre-coverage-township", "乡镇综合性养老服务中心覆盖率", 60, "%", indicator="elderly.centre_coverage_township"),
         t("27.disabled-support-rate", "失能老人社区帮扶率", 100, "%", indicator="elderly.disabled_support_rate"),
         t("27.monthly-visit-rate", "特殊困难老人月探访率", 100, "%", indicator="elderly.monthly_visit_rate")],
    32: [t("32.infections", "民政服务机构感染病例", 0, "例", direction="atMost")],
    33: [t("33.fundraising-risks", "涉嫌非法集资养老机构风险主体（剩余）", 0, "个", direction="atMost")],
}

parts, part = [], None
for line in seed.splitlines():
    line = line.strip()
    m = re.match(r"^([一二三四五六七八九十])、(.+)$", line)
    if m:
        part = {"number": numerals.index(m.group(1)) + 1, "title": m.group(2).strip(), "points": []}
        parts.append(part)
        continue
    m = re.match(r"^(\d+)\.(.+)$", line)
    if m and part is not None:
        n, text = int(m.group(1)), m.group(2).strip()
        title = text.split("。", 1)[0]
        part["points"].append({"number": n, "title": title, "text": text, "unit": units[n], "leader": leader(n),
                               "targets": targets.get(n, [])})

assert len(parts) == 6 and sum(len(p["points"]) for p in parts) == 34, "the seed should give 6 parts and 34 points"
plan = {
    "year": 2022, "region": "430408", "title": "2022年蒸湘民政工作要点",
    "source": "蒸湘区人民政府门户网站 www.zhengxiang.gov.cn，发布时间 2022-07-06",
    "note": "要点原文逐字取自源文件；责任单位、分管领导为平台按业务条线预填（原文未列明），由局办公室核定后修改本文件重新导入。",
    "start": "2022-01-01", "end": END, "parts": parts,
}
out = pathlib.Path(__file__).resolve().parent.parent / "plans" / "2022.json"
out.write_text(json.dumps(plan, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(f"wrote {out}: {sum(len(v) for v in targets.values())} targets")
