"""Find named policy measures: quoted slogans and mechanisms, 《policy documents》, and unquoted
named mechanisms right after a verb of doing (推行, 建立, 实施 …). Rules live in kg/rules/measures.toml.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from itertools import chain

from kg.models import AnalysedDocument, Mention, Sentence
from kg.normalise import CLAUSE_BREAK, clause_end, clause_start, inside_book_title
from kg.resources import alternation, longest_first, rules

COUNT = re.compile(r"^[一二两三四五六七八九十几多数百千]+[项个条种类大批套]")
PARK_WORD = "园"  # 为‘智园’建设奠定基础: a short park name being built
SUMMED_UP_LIST = re.compile(r"(?:[\u4e00-\u9fff]{3,}、)+[\u4e00-\u9fff]{3,}$")
NAME_CHARS = re.compile(r"^[\u4e00-\u9fff0-9A-Za-z+·—\-－（）()]+$")


@cache
def _cfg() -> dict:
    cfg = dict(rules("measures"))
    confidence = rules("relations")["confidence"]
    cfg["head_nouns"] = longest_first(cfg["head_nouns"])
    cfg["described_heads_re"] = re.compile(
        f"的[^{CLAUSE_BREAK}、“”的]{{0,{cfg['described_head_modifier']}}}?(?:{alternation(cfg['described_heads'])})")
    cfg["unquoted_heads"] = longest_first(cfg["unquoted_heads"])
    cfg["long_triggers"] = re.compile(alternation(t for t in cfg["triggers"] if len(t) > 1))
    cfg["list_only_re"] = re.compile(alternation(cfg["list_only_triggers"]))
    cfg["declared_re"] = re.compile(
        rf"(?:^|(?<=[，。；：]))([\u4e00-\u9fff]{{{cfg['min_unquoted'] - 1},{cfg['max_unquoted']}}}?)是"
        rf"[^，。；“”]{{0,{cfg['declared_measure_gap']}}}?(?:{alternation(cfg['declared_measure_heads'])})")
    cfg["short_triggers"] = tuple(t for t in cfg["triggers"] if len(t) == 1)
    cfg["declared_after_re"] = re.compile(
        rf"作为[^，。；“”]{{0,{cfg['declared_measure_gap']}}}?(?:{alternation(cfg['declared_measure_heads'] + cfg['lever_words'])})")
    item = f"[\u4e00-\u9fff]{{2,{cfg['carried_item_max']}}}"
    cfg["carried_list_re"] = re.compile(
        f"(?:^|(?<=[，。；：]))((?:{item}、)+{item})等[\u4e00-\u9fff]{{0,4}}?(?:{alternation(cfg['carried_kinds'] + cfg['listed_heads'])})"
        f"(?:{alternation(cfg['carried_adverbs'])})?(?:{alternation(cfg['carried_verbs'])})")
    cfg["exhortation_re"] = re.compile(f"(?:{alternation(cfg['exhorting_verbs'])})[，,：:][^。；“”]*?要[^。；“”]*$")
    cfg["adjacent_object_re"] = re.compile(f"(?:{alternation(cfg['adjacent_triggers'])})[\u4e00-\u9fff]{{2,{cfg['adjacent_object_max']}}}$")
    cfg["carried_after_re"] = re.compile(
        f"(?:等(?:{alternation(cfg['carried_kinds'])}))?(?:{alternation(cfg['carried_adverbs'])})?(?:{alternation(cfg['carried_verbs'])})")
    cfg["serving_re"] = re.compile(f"(?:{alternation(cfg['head_nouns'])})(?:{alternation(cfg['verb_head_objects'])})")
    cfg["by_way_of_re"] = re.compile(f"[^的{CLAUSE_BREAK}“”]{{0,{cfg['by_way_of_gap']}}}(?:为|{alternation(cfg['head_nouns'])})")
    cfg["alias_note_openers"] = rules("relations")["alias_note_openers"]
    cfg["book_trigger_re"] = re.compile(alternation(cfg["book_triggers"]))
    cfg["coordinator_re"] = re.compile(alternation(cfg["coordinators"]))
    cfg["listed_head_re"] = re.compile(f"等[^{CLAUSE_BREAK}、“”]{{0,{cfg['listed_head_modifier']}}}?(?:{alternation(cfg['listed_heads'])})")
    cfg["role_re"] = re.compile(f"(?:{alternation(cfg['role_verbs'])})[^{CLAUSE_BREAK}、“”‘’]{{0,{cfg['role_modifier']}}}$")
    cfg["counted_industries_re"] = re.compile(cfg["counted_industries_after"])
    cfg["generic_run"] = re.compile(f"(?:{alternation(cfg['unquoted_generic_descriptors'])})+")
    cfg["trigger_generic_run"] = re.compile(f"(?:{alternation(cfg['unquoted_generic_descriptors'] + cfg['unquoted_generic_after_triggers'])})+")
    name = "([^，。；：！？“”《》\\s]+)"
    cfg["heading_res"] = (re.compile(f"(?<=[：；]){name}(?=[，：])"),
                          re.compile(f"(?:^|(?<=\\s))(?:{'|'.join(cfg['enumerators'])}){name}(?=[，：。])"))
    # 四、全员绩效考核制度（相城经济技术开发区）: a list item named with the zone it belongs to in brackets.
    cfg["owned_item_re"] = re.compile(f"(?:^|(?<=\\s))(?:{'|'.join(cfg['enumerators'])}){name}(?=（)")
    periods, item = alternation(longest_first(cfg["routine_periods"])), f"[\u4e00-\u9fff]{{1,{cfg['routine_item_max'] - 1}}}?"
    cfg["routine_re"] = re.compile(f"(?:(?:{periods}){item}、)+(?:{periods}){item}({alternation(longest_first(cfg['routine_heads']))})")
    cfg["prioritised_re"] = re.compile(f"(?:{alternation(cfg['priority_openers'])}){name}(?:{alternation(cfg['priority_verbs'])})")
    cfg["own_heads"] = longest_first(cfg["own_heads"])
    cfg["own_generic_run"] = re.compile(f"(?:{alternation(cfg['own_generic'] + cfg['unquoted_generic_descriptors'])})+")
    zone = rules("entities")["zone"]
    # 实行省级经济开发区政策: a rank and a kind of zone name a class of zones, whose policies are no measure.
    cfg["zone_class_re"] = re.compile(f"(?:{alternation(zone['rank_words'])})(?:{alternation(longest_first(k for k, _ in zone['kinds']))})")
    cfg["confidence"] = confidence
    return cfg


def find_measures(doc: AnalysedDocument) -> list[Mention]:
    found: list[Mention] = []
    # 东海经济开发区将做好服务: a trigger inside a zone's name (开发) is no verb.
    names = [(m.start, m.end) for m in doc.mentions if m.type == "Zone"]
    named_zone_ends = {m.end for m in doc.mentions if m.type == "Zone" and not m.anaphoric}
    self_reference_ends = {m.end for m in doc.mentions if m.type == "Zone" and m.text in rules("measures")["zone_self_references"]}
    found.extend(_document_title(doc))
    for sentence in doc.sentences:
        found.extend(_book_titles(sentence))
        if sentence.text.lstrip().startswith(tuple(_cfg()["wish_openers"])):
            continue  # 希望通过此次交流，…深化政企合作机制: a wish, not yet done
        found.extend(_quoted(sentence, names, named_zone_ends, self_reference_ends))
        found.extend(_unquoted(sentence, taken=[(m.start, m.end) for m in found], names=names, named_zone_ends=named_zone_ends))
    found.extend(_named_after_zone(doc, [(m.start, m.end) for m in found]))
    return found


# Tags of the words a zone's own measure is written with (首席服务官制度, 商事制度改革).
OWN_NAME_TAGS = {"n", "nz", "vn", "j", "an", "nw"}


def _named_after_zone(doc: AnalysedDocument, taken: list[tuple[int, int]]) -> list[Mention]:
    """高新区首席服务官制度在…, 高新区商事制度改革走在…: nouns written right after a zone's name and
    ending with a head of institutions name the zone's own measure, with no trigger verb needed."""
    cfg = _cfg()
    tokens = [t for sentence in doc.tokens for t in sentence]
    starts = {t.start: i for i, t in enumerate(tokens)}
    found = []
    for zone in (m for m in doc.mentions if m.type == "Zone"):
        index, end = starts.get(zone.end), None
        while index is not None and index < len(tokens) and tokens[index].tag in OWN_NAME_TAGS and (
            tokens[index].end - zone.end <= cfg["max_unquoted"]
        ):
            end, index = tokens[index].end, index + 1
        item = doc.norm.text[zone.end : end] if end else ""
        head = next((h for h in cfg["own_heads"] if item.endswith(h)), "")
        if not head or item.startswith(tuple(cfg["own_verbs"])) or cfg["own_generic_run"].fullmatch(item[: -len(head)]):
            continue
        named = _unquoted_name(item, cfg, own=True)
        if named is None:
            continue
        skip, name, head = named
        start = zone.end + skip
        if any(a < start + len(name) and start < b for a, b in taken):
            continue
        sentence = doc.sentence_at(start)
        found.append(_measure(sentence, start - sentence.start, start - sentence.start + len(name), name, head, "measure-of-zone",
                              cfg["confidence"]["measure_unquoted"]))
    return found


@cache
def _park_words() -> tuple[str, ...]:
    """What ends a park's or a zone's name, 园区 included (a quote ending so names a place being built —
    “中非产业集群智慧供应链示范园区”, “中日经贸合作示范区” — not a measure)."""
    entities = rules("entities")
    return tuple(entities["park"]["suffixes"] + entities["park"]["committee_park_words"]
                 + [kind for kind, _ in entities["zone"]["kinds"]])


def _goal_served(text: str, match: re.Match, before: str, clause: str, cfg: dict) -> bool:
    """为“创新强区”建设做出贡献, 为高新区推进“三大工程”、擦亮“六张名片”作出贡献: a quote after 为, or in a
    clause that opens with 为, with a contribution later, is a goal served; so is one aimed at (以助力…实现“全年红”)."""
    opened = before.endswith(tuple(cfg["goal_before"])) or clause.startswith(cfg["goal_before"][0])
    aimed = before.endswith(tuple(cfg["aim_verbs"])) and clause.startswith(tuple(cfg["aim_openers"]))
    return aimed or (opened and not before.endswith(tuple(cfg["naming_words"]))
                     and any(word in text[match.end() :] for word in cfg["goal_after"]))


def _clause_before(sentence: Sentence, position: int) -> str:
    """Text from the last clause break before `position` (sentence-relative) up to it."""
    text = sentence.text[:position]
    return text[clause_start(text, position) :]


def _measure(sentence: Sentence, start: int, end: int, name: str, head: str, rule: str, confidence: float) -> Mention:
    return Mention(
        start=sentence.start + start, end=sentence.start + end, text=sentence.text[start:end],
        type="Measure", rule=rule, confidence=confidence, label=name, kind=head,
    )


def _book_titles(sentence: Sentence) -> list[Mention]:
    cfg = _cfg()
    found = []
    previous_end = None
    for match in re.finditer(r"《([^《》]{2,60})》", sentence.text):
        title = match.group(1)
        chained = previous_end is not None and not sentence.text[previous_end : match.start()].strip("、和及与")
        # 《“标准地”实施办法》《…实施方案》: a trigger word inside an earlier title triggers nothing.
        clause = re.sub(r"《[^《》]*》", "", _clause_before(sentence, match.start()))
        triggered = cfg["book_trigger_re"].search(clause)
        if triggered and re.search(cfg["issuer_before_trigger"], clause[: triggered.start()]):
            continue
        # 现将《…》印发给你们, or 《…》已经区管委会研究同意，现印发给你们 with the title opening the sentence.
        sent_out = (sentence.text[: match.start()].endswith(cfg["sent_out_before"])
                    and sentence.text.startswith(tuple(cfg["sent_out_triggers"]), match.end())
                    or not sentence.text[: match.start()].strip()
                    and any(t in sentence.text[match.end() :] for t in cfg["sent_out_triggers"])
                    and not re.search(cfg["sent_out_outside_approvers"], sentence.text[match.end() :]))
        # A trailing note in brackets (（修订）, （试行）) is not the title's head.
        head_part = re.sub(r"（[^（）]*）$", "", title)
        if re.match(cfg["title_outside_issuer"], title) or sentence.text.endswith(
                tuple(cfg["intergovernmental_before"] + cfg["referring_before"]), 0, match.start()):
            continue
        if head_part.endswith(tuple(cfg["book_heads"])) and (triggered or chained or sent_out):
            found.append(_measure(sentence, match.start(), match.end(), title, "", "measure-book", cfg["confidence"]["measure_book"]))
            previous_end = match.end()
    return found


def _document_title(doc: AnalysedDocument) -> list[Mention]:
    """广州开发区…营商环境行动方案 on the first line (or in a 名称: field), then 制定本行动方案: the article is that
    policy document. The name is the title after any address written before it with a space."""
    cfg = _cfg()
    text = doc.norm.text
    first = doc.sentences[0]
    lines = [first] if first.start == 0 and "\n" in text[first.end : first.end + 2] else []
    # 名称: 广州开发区…行动方案: a government page's field naming the document it publishes.
    labels = tuple(cfg["title_field_labels"])
    lines += [s for s in doc.sentences if s.text.startswith(labels) and "\n" in text[s.end : s.end + 2]]
    for line in lines:
        label = next((lb for lb in labels if line.text.startswith(lb)), "")
        title = line.text[len(label):].strip()
        if not 4 <= len(title) <= cfg["title_max"]:
            continue
        head = next((h for h in longest_first(cfg["book_heads"]) if title.endswith(h)), "")
        if not head or head in cfg["title_not_policies"]:
            continue
        self_reference = re.compile(f"{cfg['title_self_reference']}[\u4e00-\u9fff]{{0,4}}{head[-2:]}")
        if not self_reference.search(text, line.end):
            continue
        name = title.split()[-1]
        start = line.text.index(name, len(label))
        return [_measure(line, start, start + len(name), name, "", "measure-title", cfg["confidence"]["measure_book"])]
    return []


def _head_after(text: str, position: int, heads: list[str]) -> str:
    for head in heads:
        if text.startswith(head, position):
            return head
    return ""


def _quoted(sentence: Sentence, names: list[tuple[int, int]], named_zone_ends: set[int], self_reference_ends: set[int]) -> list[Mention]:
    cfg = _cfg()
    text = sentence.text
    found: list[Mention] = []
    previous_end = rejected_end = None
    # ‘…’ quotes a name inside quoted speech (“我们建立了‘高新沙龙’工作机制”).
    quotes = sorted([*re.finditer(r"“([^“”]+)”", text), *re.finditer(r"‘([^‘’“”]+)’", text)], key=lambda m: m.start())
    for match in quotes:
        inner = match.group(1).strip()
        if previous_end is not None and match.start() < previous_end:
            continue  # inside a compound name already taken
        if inside_book_title(text, match.start(), match.end()):
            continue  # 《“园区吹哨、部门报到”工作实施方案》: part of a document's title
        if text.startswith("的“", match.end()):
            continue  # 叫响“服务最好…”的“双最”品牌: the first quote describes the second
        if _names_an_event(text, match.end(), cfg) or inner.endswith(tuple(cfg["event_name_endings"])):
            continue
        if cfg["serving_re"].match(text, match.end()):
            continue  # “小网格”服务企业“大发展”: the quote does something, it names no measure
        head = _head_after(text, match.end(), cfg["head_nouns"]) or _modified_head(text, match.end())
        if head and text.startswith(tuple(cfg["directive_after"]), match.end() + len(head)):
            continue  # 贯彻落实“重实干、强执行、抓落实”专项行动要求: a directive from above, carried out
        if inner.endswith(_park_words()) and head in ("", "建设") or inner.endswith(PARK_WORD) and head == "建设":
            continue  # 加快“中非产业集群智慧供应链示范园区”建设: a park being built (“飞地园区”模式 is a measure)
        shortest = cfg["min_quoted_with_head"] if head else cfg["min_quoted"]
        if not (shortest <= len(inner) <= cfg["max_quoted"]) or re.search(r"[。！？]", inner):
            continue
        if text[match.start() - 1 : match.start()] in cfg["from_words"] and "向" in text[match.end() : match.end() + 3]:
            continue
        if re.fullmatch(r"[\d.%％]+", inner) and not head:
            continue  # a number, unless named by its head (“6315”行动计划)
        if ((count := COUNT.match(inner)) and inner[count.end() :] in cfg["head_nouns"] and not count.group().endswith("大")
                and not SUMMED_UP_LIST.search(text, 0, match.start())):
            # 完善“三项机制”: a count of mechanisms, each named elsewhere, is no name (one summing up the list
            # written right before it is: 铝产业转型、…、新兴产业倍增“五大计划”).
            continue
        before = text[max(0, match.start() - 4) : match.start()]
        clause = _clause_before(sentence, match.start())
        if any(word in clause for word in cfg["question_words"]):
            continue  # 如何建立健全确保“颗粒归仓”的…机制: a question, not a measure
        # (要精准施策，坚持“亩产效益”: a sentence opening with a modal urges in every clause)
        openings = (clause.lstrip(), sentence.text.lstrip())
        if cfg["exhortation_re"].search(text, 0, match.start()) or any(
                o.startswith(tuple(cfg["modal_openers"])) and not o.startswith(tuple(cfg["not_modal_words"])) for o in openings):
            continue  # 叶锐强调，县产业集聚区要…探索推行“管委会+公司”运营模式, 要形成产业“聚集效应”: what should be done, not yet done
        # 被命名为“全国农产品加工创业基地”、“省级一类工业园区”: a quote listed after a rejected one
        # is rejected with it, as is what the old way becomes (变“…”为“…”).
        listed_after_rejected = rejected_end is not None and not text[rejected_end : match.start()].strip("、和与及为")
        if (listed_after_rejected or any(before.endswith(word) for word in cfg["reject_before"]) or _goal_served(text, match, before, clause, cfg)
                or cfg["role_re"].search(text, 0, match.start()) or inner.startswith(tuple(cfg["role_verbs"]))
                or any(text.startswith(word, end) for word in cfg["reject_after"] for end in (match.end(), _end_of_quoted_list(text, match.end())))
                or cfg["counted_industries_re"].match(text, match.end())):
            rejected_end = match.end()
            continue
        if any(re.search(pattern, inner) for pattern in cfg["reject_names"]):
            continue
        # 以“咬定青山不放松”的工作韧劲: 以 “…” 的 describes a manner, not a measure (以“万人助万企”为抓手 is one).
        # 以“最快速度”签订: with neither 为 nor a head noun after it, 以 "…" is a manner, too.
        by_way_of = clause.endswith(cfg["short_triggers"]) and cfg["by_way_of_re"].match(text, match.end()) is not None
        # (推动工业用地“腾笼换鸟”: a few words of what it is done to may stand between.)
        right_after = clause.endswith(tuple(cfg["adjacent_triggers"])) or cfg["adjacent_object_re"].search(clause) is not None
        clause_opening = sentence.start + match.start() - len(clause)
        # 绵阳经开区“决战四季度大干一百天”攻坚行动: a quote written right after a zone's name is the zone's own.
        owned = (sentence.start + match.start() in named_zone_ends
                 or text.endswith("的", 0, match.start()) and sentence.start + match.start() - 1 in named_zone_ends
                 # 我区“产业项目提升年”: so is one right after the zone's word for itself, when it is one name (not
                 # 我区“做大做强…、推动…”的专题调研, a list of tasks).
                 or sentence.start + match.start() in self_reference_ends and not re.search("[、，,]", inner)
                 # 蜀山经济技术开发区：“三强联动”推动…: a headline's quote after the zone and its colon.
                 or text[match.start() - 1 : match.start()] in ("：", ":") and sentence.start + match.start() - 1 in named_zone_ends)
        # 两个新鲜的概念：“前置招商”“预制招商”: a colon after a word for ways of working introduces them.
        before_colon = text[: match.start() - 1] if text[match.start() - 1 : match.start()] in ("：", ":") else ""
        introduced = before_colon.endswith(tuple(cfg["introducing_nouns"]))
        described = (_described_as_a_way(text, match.end(), cfg) or cfg["declared_after_re"].match(text, match.end()) is not None
                     or cfg["carried_after_re"].match(text, _end_of_quoted_list(text, match.end())) is not None)
        # “马上办”“全程网办”“帮代办”: a quoted way of handling affairs names a service whatever comes before it
        # (not one item of a run of other things: “跨部门”“智能办”等场景).
        handling = inner.endswith(tuple(cfg["handling_endings"])) and all(
            q.endswith(tuple(cfg["handling_endings"])) for q in _quoted_run(text, match.start()))
        # 加大“三集中三到位”落实力度: the quote whose carrying out the zone steps up is its measure.
        stepped_up = text.endswith(tuple(cfg["effort_verbs"]), 0, match.start()) and text.startswith(tuple(cfg["effort_nouns"]), match.end())
        # 在“大企业引进，大项目带动”上做好文章: the quote the zone works on is its way of working.
        worked_on = text.endswith(cfg["worked_on_before"], 0, match.start()) and text.startswith(tuple(cfg["worked_on_after"]), match.end())
        # 加入到“链长制”实践队伍: a quote the zone practises; 这种“一企一策”“一行一策”的精准滴灌: a way of working pointed to.
        practised = text.startswith(tuple(cfg["practice_words"]), match.end())
        pointed_to = (text.endswith(tuple(cfg["demonstrative_ways"]), 0, match.start())
                      and text.startswith("的", _end_of_quoted_list(text, match.end())))
        triggered = (by_way_of or right_after or owned or introduced or described or handling or worked_on or stepped_up
                     or practised or pointed_to or any(not any(a <= clause_opening + t.start() < b for a, b in names)
                                                       # (未来科技城要建成“…”: a verb a modal opens says what should be)
                                                       and not clause.endswith(tuple(cfg["modal_openers"]), 0, t.start())
                                                       for t in cfg["long_triggers"].finditer(clause)))
        chained = previous_end is not None and not text[previous_end : match.start()].strip("、和与及")
        run_end = _end_of_quoted_list(text, match.end())
        # “重点项目直通车”“无忧办”工作机制: a run of quotes with a head right after it shares the head, 等 or not.
        listed = cfg["listed_head_re"].match(text, run_end) is not None or run_end > match.end() and text.startswith(
            tuple(cfg["listed_heads"]) + tuple(cfg["shared_run_heads"]), run_end)
        compound = _compound_head(text, match.end())
        if compound:
            end, head = compound
            name = re.sub(r"[“”‘’]", "", text[match.start() : end - len(head)])
            if triggered or chained:
                found.append(_measure(sentence, match.start(), end, name, head, "measure-quoted-compound", cfg["confidence"]["measure_quoted_trigger"]))
                previous_end = end
            continue
        if head:
            confidence = cfg["confidence"]["measure_quoted_head"]
            rule = "measure-quoted-head"
        elif text.endswith("的", 0, match.start()) and not (listed or owned or (
                triggered and inner.endswith(tuple(cfg["ways_after_of"])) and not text.endswith(tuple(cfg["product_owners"]), 0, match.start() - 1))):
            # 搭建政府与企业的“连心桥”: a figure for what the zone builds, with no head noun naming a measure
            # (实现零距离…零投诉的“四零服务”, 设立总规模5亿元的“经开育企贷”: a quote ending in one names it, unless a
            # bank or company owns it: 建设银行的“云税贷”).
            continue
        elif triggered or chained or listed:
            confidence = cfg["confidence"]["measure_quoted_trigger"]
            rule = "measure-quoted-trigger"
        else:
            continue
        found.append(_measure(sentence, match.start(), match.end() + len(head), inner, head, rule, confidence))
        previous_end = match.end() + len(head)
    return found


def _described_as_a_way(text: str, position: int, cfg: dict) -> bool:
    """按照“紧盯前沿、…”的思路, 树牢“…”的理念, “一口受理、…”的服务模式: a quote described as a
    way of thinking or working is one, whatever verb comes before it."""
    return cfg["described_heads_re"].match(text, position) is not None


def _quoted_run(text: str, start: int) -> list[str]:
    """The insides of the run of quotes (“A”“B”、“C”) the quote opening at `start` stands in."""
    while previous := re.search(r"“[^“”]+”[、和与及]?$", text[:start]):
        start = previous.start()
    run = re.match(r"(?:[、和与及]?“[^“”]+”)+", text[start:])
    return re.findall(r"“([^“”]+)”", run.group()) if run else []


def _end_of_quoted_list(text: str, position: int) -> int:
    """Where a run of quotes (“容缺办理”“帮办代办”, “A”、“B”) that begins at or before `position` ends:
    when 等制度 follows there, every quote of the run names one of those measures."""
    while run := re.match(r"[、和与及]?“[^“”]+”", text[position:]):
        position += run.end()
    return position


def _names_an_event(text: str, position: int, cfg: dict) -> bool:
    """“三个引进”战略合作推介会: an event noun shortly after the quote, with no break, makes it a theme;
    “2+2”制造业发展格局: a layout noun makes it a layout; 以“中通优选”…项目为代表: an exemplar of settlers."""
    tail = text[position : position + cfg["event_window"] + 3]
    cut = min([i for i, ch in enumerate(tail) if ch in CLAUSE_BREAK + "、“"] + [len(tail)])
    before_de = min(cut, tail.find("的") if "的" in tail else cut)
    # “小中大”梯度培育、集聚发展格局: a layout noun may close a longer phrase, up to the clause's end.
    phrase = text[position : position + cfg["layout_window"]]
    phrase = phrase[: min([i for i, ch in enumerate(phrase) if ch in CLAUSE_BREAK + "“"] + [len(phrase)])]
    return (any(0 <= tail.find(noun) and tail.find(noun) + len(noun) <= before_de for noun in cfg["event_nouns"])
            or any(noun in phrase for noun in cfg["layout_nouns"] + cfg["exemplar_words"]))


# Strong head nouns that can close a name which only partly stands in quotes:
# “面对面”解决群众“急难愁盼”问题工作机制.
COMPOUND_HEADS = ("工作机制", "机制", "工作法", "模式")
MAX_COMPOUND_TAIL = 14


MAX_HEAD_MODIFIER = 4
# … and the heads that may close it: “1150”争先工程, “经心服务·开工无忧”营商环境品牌.
MODIFIED_HEADS = COMPOUND_HEADS + ("工程", "品牌")


def _modified_head(text: str, position: int) -> str:
    """“一套人马、一枚印章”审批新模式: a strong head noun a few modifier characters after the quote."""
    tail = text[position : position + MAX_HEAD_MODIFIER + 4]
    for head in MODIFIED_HEADS:
        index = tail.find(head)
        if 0 < index <= MAX_HEAD_MODIFIER and not any(ch in tail[:index] for ch in CLAUSE_BREAK + "、“”的"):
            return tail[: index + len(head)]
    return ""


def _compound_head(text: str, position: int) -> tuple[int, str] | None:
    tail = text[position : position + MAX_COMPOUND_TAIL + 4]
    cut = min([i for i, ch in enumerate(tail) if ch in CLAUSE_BREAK + "、"] + [len(tail)])
    tail = tail[:cut]
    if tail.lstrip("、和与及").startswith("“"):
        return None  # “全程代办”“保姆式”服务机制: a list of measures sharing a head, not one name
    if _cfg()["long_triggers"].search(tail[: tail.find("“")] if "“" in tail else ""):
        return None  # 按照“…”的总体思路实行“一区三园”的模式: a verb of running the next quote, two names
    for head in COMPOUND_HEADS:
        index = tail.find(head)
        if 0 < index <= MAX_COMPOUND_TAIL and "“" in tail[:index]:
            return position + index + len(head), head
    return None


def _alike(modifier: str, last: str) -> bool:
    """跨部门 … 跨层级审批协同机制, 帮办 … 代办服务机制: a short item opening or closing as the last item's words do;
    项目 … 产业攻坚行动: a field of work before a name opening with another."""
    fields = _cfg()["unquoted_generic_descriptors"]
    return (modifier[:1] == last[:1] or modifier[-1:] == last[len(modifier) - 1 : len(modifier)]
            or modifier in fields and last[: len(modifier)] in fields)


@cache
def _zone_kind_words() -> tuple[str, ...]:
    return tuple(written for written, _ in rules("entities")["zone"]["kinds"])


def _unquoted(sentence: Sentence, taken: list[tuple[int, int]], names: list[tuple[int, int]], named_zone_ends: set[int]) -> list[Mention]:
    """Measures named without quotes, from each place such a name is written, in order; an earlier find
    (or a quoted or titled measure in `taken`) keeps its span."""
    cfg = _cfg()
    text = sentence.text
    found: list[Mention] = []
    candidates = chain(_declared_measures(text, cfg), _mechanisms_carried_out(text, cfg),
                       _named_after_triggers(text, sentence.start, names, cfg),
                       _named_with_a_short_form(text, sentence.start, named_zone_ends, cfg),
                       _heading_list_items(text, cfg), _owned_items(text, sentence.start, names, cfg),
                       _named_before_setting_up(text, cfg), _prioritised(text, cfg), _carried_lists(text, cfg))
    for start, name, head in candidates:
        absolute = (sentence.start + start, sentence.start + start + len(name))
        if any(a < absolute[1] and absolute[0] < b for a, b in taken):
            continue
        if any(text.endswith(kind[:-1], 0, start) and name.startswith(kind[-1]) for kind in _zone_kind_words()):
            continue  # 深化开发|区体制机制改革: a name cut out of a zone's kind word is none
        found.append(_measure(sentence, start, start + len(name), name, head, "measure-unquoted", cfg["confidence"]["measure_unquoted"]))
        taken.append(absolute)
    return found


def _named(start: int, item: str, cfg: dict, listed: bool = False) -> list[tuple[int, str, str]]:
    """The measure an item of text at `start` names, if any, as (start, name, head)."""
    named = _unquoted_name(item, cfg, listed)
    return [] if named is None else [(start + named[0], named[1], named[2])]


def _named_after_triggers(text: str, offset: int, names: list[tuple[int, int]], cfg: dict) -> Iterator[tuple[int, str, str]]:
    """建立完善了容缺办理、多评合一等制度: the names in the clause a verb of setting up or running governs."""
    # 围绕“深化科技体制改革，加快培育…”开展专题调研: words inside a quote are the quote's; a quote not taken
    # as a measure (a theme, a goal) holds none — unless it is someone's speech of what "we" do
    # (“…我们认真推行项目并联审批…，实行领导包抓…等工作机制…”).
    quoted = [match.span() for match in re.finditer("“[^“”]*”", text) if not _speech_of_ours(match.group(), cfg)]
    for trigger in cfg["long_triggers"].finditer(text):
        if any(a <= offset + trigger.start() < b for a, b in names) or any(a < trigger.start() < b for a, b in quoted):
            continue
        region_start = trigger.end()
        # 启动实施…, 推出了…, 建成并完善…: further verbs, aspect marks and a 并 before another verb
        # belong to the trigger, not the name.
        while ((following := cfg["long_triggers"].match(text, region_start)) or text[region_start : region_start + 1] in ("了", "着")
               or text[region_start : region_start + 1] == "并" and cfg["long_triggers"].match(text, region_start + 1)):
            region_start = following.end() if following else region_start + 1
        region_end = clause_end(text, region_start, CLAUSE_BREAK + "等")
        region = text[region_start:region_end]
        if "“" in region or "《" in region or _bundled(text, region_start, cfg):
            continue
        before = text[clause_start(text, trigger.start()) : trigger.start()]
        if any(word in before for word in cfg["capability_words"]) or before.startswith(tuple(cfg["wish_openers"])):
            continue  # 小镇可为农业企业搭建展示推广平台, …表示，希望通过成立联盟打造共享平台: an offer or a wish, not done
        if region.endswith(tuple(cfg["layout_nouns"])):
            continue  # 打造承接产业有序转移主平台、建设…样板的发展定位: a positioning, not measures
        if any(verb in text[region_end : clause_end(text, region_end)] for verb in cfg["discussion_verbs"]):
            continue  # 围绕…物业管理服务等意向合作项目进行深入交流: topics talked over
        if region.startswith(tuple(cfg["means_openers"])) and cfg["means_closer"] in region:
            continue  # 打造以产业对接平台、…为主体功能的综合载体: what a thing is built on, not measures
        if re.match(cfg["bringing_together"], text[region_start:]):
            continue  # 打造成为集…、食品供应链服务…为一体的产业园: the parts a thing brings together
        routine = cfg["routine_re"].fullmatch(region)
        if routine:
            yield region_start, region, routine.group(1)  # 日总结、周复盘、月上报制度: the whole list names it
            continue
        parts = cfg["coordinator_re"].split(region)
        if len(parts) > 1 and all(len(p) <= cfg["shared_modifier_max"] and _alike(p, parts[-1]) for p in parts[:-1]):
            # 跨部门、跨层级审批协同机制: modifiers of one name, not names of their own.
            last = _unquoted_name(parts[-1], cfg)
            if last is not None and last[0] == 0:
                yield region_start, region[: len(region) - len(parts[-1]) + len(last[1])], last[2]
            continue
        listed = cfg["listed_head_re"].match(text, region_end) is not None and cfg["coordinator_re"].search(region) is not None
        for cursor, part in _coordinated_parts(text, region_start, region_end, cfg):
            # 创新选人用人机制、深化财政体制改革: each coordinated item may open with a trigger of its own.
            # An item that is a verb and too little else (深化改革, 推进改革) is an action, not a name.
            own_trigger = cfg["long_triggers"].match(part) if cursor > region_start else None
            if not own_trigger:
                yield from _named(cursor, part, cfg, listed)
            elif len(part) - own_trigger.end() >= cfg["min_unquoted"]:
                yield from _named(cursor + own_trigger.end(), part[own_trigger.end():], cfg, listed)


def _speech_of_ours(quote: str, cfg: dict) -> bool:
    """Whether a quote is speech (it runs over a clause mark) told in the first person plural."""
    return any(mark in quote for mark in "，。；") and any(word in quote for word in cfg["first_person_plural"])


def _named_with_a_short_form(text: str, offset: int, named_zone_ends: set[int], cfg: dict) -> Iterator[tuple[int, str, str]]:
    """成都高新区企业诉求协同解决平台（以下简称“企业服务平台”）: a name written right after a zone's and
    given a short form is the zone's own."""
    for note in re.finditer(rf"[（(](?:{alternation(cfg['alias_note_openers'])})", text):
        zone_end = max((e - offset for e in named_zone_ends if offset < e <= offset + note.start()), default=None)
        if zone_end is not None and NAME_CHARS.match(text[zone_end : note.start()]):
            yield from _named(zone_end, text[zone_end : note.start()], cfg)


def _heading_list_items(text: str, cfg: dict) -> Iterator[tuple[int, str, str]]:
    """完善四项工作机制，即：限时响应机制，按照…；联合调度机制，对于…, 1、分工合作机制。明确…: a name alone
    between a colon, a semicolon or a list number and the next break heads one item of a list of measures.
    A verb with its object inside (四要完善招商引资体制机制) makes the item a task, not a name (重大项目推进机制 is one),
    and so does a word of going on opening it (；持续搞活运营机制，)."""
    for heading in (h for pattern in cfg["heading_res"] for h in pattern.finditer(text)):
        # (落实, a trigger only before a list, still makes a task of an item: ；要严格落实好…考核制度，)
        verbs = chain(cfg["long_triggers"].finditer(heading.group(1)), re.finditer(alternation(cfg["list_only_triggers"]), heading.group(1)))
        if (heading.group(1).endswith(tuple(cfg["heading_heads"])) and not heading.group(1).startswith(tuple(cfg["leading_modifiers"]))
                and not any(len(heading.group(1)) - v.end() >= cfg["min_unquoted"] for v in verbs)):
            yield from _named(heading.start(1), heading.group(1), cfg)


def _owned_items(text: str, offset: int, names: list[tuple[int, int]], cfg: dict) -> Iterator[tuple[int, str, str]]:
    """五、开发区特色基层“放管服”综合改革体系（苏州工业园区）: a numbered item written right before a zone in
    brackets is that zone's."""
    zone_starts = {start - offset for start, _ in names}
    for item in cfg["owned_item_re"].finditer(text):
        if item.end(1) + 1 in zone_starts:
            yield from _named(item.start(1), item.group(1), cfg)


def _named_before_setting_up(text: str, cfg: dict) -> Iterator[tuple[int, str, str]]:
    """首席服务官制度建立于2021年: a name opening a clause, with a verb of setting up right after it."""
    for clause in re.finditer(r"(?:^|(?<=[，。；：]))([^，。；：！？“”《》\n]+)", text):
        if cfg["long_triggers"].match(clause.group(1)):
            continue  # 依托科技创新机制筹建…: the clause opens with a verb, so what follows is its object
        for head in re.finditer(alternation(cfg["heading_heads"]), clause.group(1)):
            if cfg["long_triggers"].search(clause.group(1), 0, head.start()):
                break  # 高新区推进行政审批制度实现…: a verb before the head governs it; the name is no subject
            if cfg["long_triggers"].match(text, clause.start() + head.end()):
                yield from _named(clause.start(), clause.group(1)[: head.end()], cfg)
                break


def _carried_lists(text: str, cfg: dict) -> Iterator[tuple[int, str, str]]:
    """免证园区、审管执信等区域专项改革加速推进: unquoted items listed before 等, a kind of measure and a verb of
    carrying it out are the measures carried out."""
    for match in cfg["carried_list_re"].finditer(text):
        for start, part in _coordinated_parts(text, match.start(1), match.end(1), cfg):
            if len(part) >= 2 and not any(word in part for word in cfg["unquoted_stopwords"]) and not cfg["generic_run"].fullmatch(part):
                yield start, part, ""


def _prioritised(text: str, cfg: dict) -> Iterator[tuple[int, str, str]]:
    """高新区把集成授权改革作为“一把手”工程: a reform the zone makes its priority is one it carries out."""
    for match in cfg["prioritised_re"].finditer(text):
        if match.group(1).endswith(tuple(cfg["heading_heads"] + cfg["listed_heads"])):
            yield from _named(match.start(1), match.group(1), cfg)


def _declared_measures(text: str, cfg: dict) -> list[tuple[int, str, str]]:
    """企业家沙龙是开发区服务企业的又一创新举措: a name the clause declares one of the zone's measures."""
    return [(match.start(1), match.group(1), "") for match in cfg["declared_re"].finditer(text)
            if not match.group(1).startswith(tuple(cfg["declared_not_subjects"])) and "的" not in match.group(1)
            and not cfg["generic_run"].fullmatch(match.group(1))]


def _mechanisms_carried_out(text: str, cfg: dict) -> list[tuple[int, str, str]]:
    """严格落实项目包联制、问题台账限时销号机制: after a list-only trigger, two or more named mechanisms, each
    with a head of its own, are the zone's (start, name, head)."""
    found = []
    for trigger in cfg["list_only_re"].finditer(text):
        region_end = clause_end(text, trigger.end(), CLAUSE_BREAK + "等")
        parts = _coordinated_parts(text, trigger.end(), region_end, cfg)
        named = [_unquoted_name(part, cfg, listed=True) for _, part in parts]
        if len(parts) < 2 or not all(n is not None and n[0] == 0 and n[1].endswith(tuple(cfg["list_only_heads"]))
                                     and not n[1].endswith(tuple(cfg["list_only_not_heads"])) for n in named):
            continue
        found += [(start, name, next(h for h in cfg["list_only_heads"] if name.endswith(h)))
                  for (start, _), (_, name, _) in zip(parts, named)]
    return found


def _coordinated_parts(text: str, start: int, end: int, cfg: dict) -> list[tuple[int, str]]:
    """The items of text[start:end] joined by coordinators (、, 和, 及 …), each with where it starts."""
    parts, cursor = [], start
    for part in cfg["coordinator_re"].split(text[start:end]):
        parts.append((cursor, part))
        cursor += len(part)
        separator = cfg["coordinator_re"].match(text, cursor)
        cursor += len(separator.group()) if separator else 0
    return parts


def _bundled(text: str, start: int, cfg: dict) -> bool:
    """打造集标准厂房、…及公共服务平台等为一体的产业园: what a thing brings together (集…于一体) are its parts."""
    end = clause_end(text, start, "。；\n")
    return text.startswith(cfg["bundle_opener"], start) and any(c in text[start:end] for c in cfg["bundle_closers"])


def _unquoted_name(item: str, cfg: dict, listed: bool = False, own: bool = False) -> tuple[int, str, str] | None:
    """(characters to skip, name, head) when an unquoted phrase is a measure's name, else None.
    A `listed` phrase (one of several before 等 and a head such as 制度) needs no head of its own; an `own`
    one, written right after the zone's name, may be a performance review (高新区绩效考核制度)."""
    head = next((h for h in cfg["unquoted_heads"] if item.endswith(h)), "")
    if not (head or listed) or not (cfg["min_unquoted"] <= len(item) <= cfg["max_unquoted"]) or not NAME_CHARS.match(item):
        return None
    if re.search(r"\d", item) or COUNT.match(item):
        return None  # 6项免费服务, 四项工作机制: a count, not a name
    skip = 0
    for modifier in cfg["leading_modifiers"]:
        if item.startswith(modifier):
            skip, item = skip + len(modifier), item[len(modifier) :]
    means = next((m for m in cfg["means_openers"] if item.startswith(m)), "")
    if means and head in cfg["heading_heads"]:
        skip, item = skip + len(means), item[len(means) :]
    if any(word in item for word in cfg["unquoted_stopwords"]) or len(item) - len(head) < 2:
        return None
    if item.startswith(tuple(cfg["own_verbs"])):
        return None  # 通过调整招商模式: a change made to something, not a measure named
    if item.startswith(tuple(cfg["modal_openers"])):
        return None  # 要理顺体制机制: what should be done, not a measure named
    if cfg["zone_class_re"].search(item):
        return None  # 省级经济开发区政策, 现行国家级经济技术开发区政策: the policies of a class of zones
    if cfg["generic_run" if own else "trigger_generic_run"].fullmatch(item[: len(item) - len(head)]):
        return None  # 招商机制, 项目服务, 服务企业工作机制: fields of work and a head, no name
    return skip, item, head


def inside_quoted_measure(mention: Mention, measures: list[Mention]) -> bool:
    """A name inside a quoted slogan (“管委会+园区+公司+平台”, “扬州智慧灯谷”) is part of the slogan."""
    return any(m.start <= mention.start and mention.end <= m.end and "“" in m.text for m in measures)
