"""People: names after posts, before posts, on roster lines and as the tagger reads them, and names the
user supplies.
"""

from __future__ import annotations

import os
import re
from functools import cache

from kg.lexicon import Lexicon
from kg.models import AnalysedDocument, Mention, Token
from kg.normalise import clause_end
from kg.resources import alternation
from kg.mentions.common import CJK, TokenIndex, entity_rules, post_pattern


def people_opening_company_names(text: str, people: list[Mention], organisations: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """德国知名企业舒驰|容器与…签署 … 舒驰容器扬州公司: a name the tagger reads as a person's, written elsewhere
    as the opening of a company's name and here followed by more of that name, is the company's short name.
    Returns the people left and the short names found."""
    companies = [m.text for m in organisations if m.type == "Company"]
    kept, short_names = [], []
    for person in people:
        opening = max((len(os.path.commonprefix([name, text[person.start : person.start + len(name)]])) for name in companies
                       if name.startswith(person.text)), default=0)
        # (at least two characters more, and not the whole company name written here)
        if opening - len(person.text) >= 2 and not any(text.startswith(name, person.start) for name in companies):
            short_names.append(Mention(start=person.start, end=person.start + opening, text=text[person.start : person.start + opening],
                                       type="Company", rule="company-opening-person", confidence=0.7))
        else:
            kept.append(person)
    return kept, short_names


def find_people(doc: AnalysedDocument, index: TokenIndex, lexicon: Lexicon) -> list[Mention]:
    """People the tagger marks, and names it missed right after a post or at the head of a roster line."""
    tagged = _tagged_people(doc, index, lexicon)
    starts = {m.start for m in tagged}
    structural = _names_after_posts(doc, index, lexicon) + _names_before_posts(doc, lexicon) + _dotted_names_after_posts(doc, lexicon)
    people = tagged + [m for m in structural if m.start not in starts and not _inside_any(m, tagged)]
    people += _names_again_after_posts(doc.norm.text, people, lexicon)
    people += _structural_names_again(index, people)
    return [m for m in people if not _form_of_address(m.text, lexicon)]


def _dotted_names_after_posts(doc: AnalysedDocument, lexicon: Lexicon) -> list[Mention]:
    """执行合伙人托马斯·皮尔磁说: a foreign name written in Chinese, its parts joined by a middle dot, right after a post."""
    text = doc.norm.text
    found = []
    for post in post_pattern(lexicon.posts).finditer(text):
        name = _dotted_name().match(text, post.end())
        if name is not None:
            found.append(Mention(start=name.start(), end=name.end(), text=name.group(), type="Person", rule="name-dotted-after-post"))
    return found


@cache
def _dotted_name() -> re.Pattern:
    return re.compile(entity_rules()["person"]["dotted_name"])


def _structural_names_again(index: TokenIndex, people: list[Mention]) -> list[Mention]:
    """主任党锋调研… then 党锋认真听取: a name read from its post is that person again wherever the tagger
    gives it a token of its own, though it did not know the token for a name."""
    names = {m.text for m in people if m.rule in ("name-after-post", "name-before-post")}
    taken = {m.start for m in people}
    return [Mention(start=t.start, end=t.end, text=t.text, type="Person", rule="name-again")
            for t in index.tokens if t.text in names and t.start not in taken]


def _names_again_after_posts(text: str, people: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """何尚汉书记到… then 管委会主任何尚汉一行: a name found once is that person again wherever a post is
    written right before it, though the tagger read post and name as one word there."""
    taken = [(m.start, m.end) for m in people]
    found = []
    for name in {m.text for m in people if len(m.text) >= 2}:
        for match in re.finditer(re.escape(name), text):
            if text.endswith(lexicon.posts, 0, match.start()) and not any(a < match.end() and match.start() < b for a, b in taken):
                found.append(Mention(start=match.start(), end=match.end(), text=name, type="Person", rule="name-again-after-post"))
                taken.append(match.span())
    return found


def _form_of_address(name: str, lexicon: Lexicon) -> bool:
    """陆总, 王董, 张工: a surname and a word of address stand for someone unnamed."""
    return name[-1:] in entity_rules()["person"]["forms_of_address"] and name[:-1] in lexicon.surnames


def _names_after_posts(doc: AnalysedDocument, index: TokenIndex, lexicon: Lexicon) -> list[Mention]:
    """董事长单森林出席: a surname right after a post, then name-like tokens up to a verb or a
    punctuation mark, two or three characters in all (four with a compound surname)."""
    cfg = entity_rules()["person"]
    text = doc.norm.text
    name_tags, boundary_tags = set(cfg["missed_name_tags"]), set(cfg["after_name_tags"])
    found = []
    for match in post_pattern(lexicon.posts).finditer(text):
        start = match.end()
        surname = next((s for s in lexicon.surnames if text.startswith(s, start)), "")
        first = index.token_at(start)
        # 区长|余文化 read as 区|长余|文化: the tagger glued the post's last character to the surname.
        glued = (first is not None and first[1].start == match.end() - 1 and len(first[1].text) - 1 <= len(surname) + 1
                 and first[1].tag not in ("PER",))
        if not surname or first is None or (first[1].start != start and not glued):
            continue
        if first[1].tag == "ORG" and (acting := _name_before_acting(first[1].text, surname, cfg)):
            # 管委会副主任施金国代表管委会作报告: the tagger read name, verb and body as one organisation.
            found.append(Mention(start=start, end=start + acting, text=text[start : start + acting], type="Person", rule="name-after-post"))
            continue
        position, end = first[0], start
        split = first[1].text == surname or glued
        if split:
            position, end = position + 1, first[1].end  # 副主任付|松柏: the surname the tagger read as a verb
        longest = len(surname) + 2
        if not split and first[1].text.startswith(surname) and len(first[1].text) == longest and first[1].tag in cfg["whole_name_tags"]:
            position, end = position + 1, first[1].end  # 副主任|任道波/v 介绍: a whole three-character name read as a verb
        # 主任童|有|柱多次召开: after a surname read alone, single characters of any part of speech may be the name.
        while position < len(index.tokens) and index.tokens[position].end - start <= longest and (
                index.tokens[position].tag in name_tags
                or split and len(index.tokens[position].text) == 1 and index.tokens[position].tag in cfg["split_name_tags"]):
            end = index.tokens[position].end
            position += 1
        following = index.tokens[position] if position < len(index.tokens) else None
        if end - start <= len(surname) or following is None or following.start != end or lexicon.place(text[start:end]) is not None:
            continue
        if text[start + len(surname) : end] in lexicon.posts:
            continue  # 党工委书记任组长: 任 (serves as) and a post, no name
        if (following.tag in boundary_tags or split and following.tag in cfg["split_name_after_tags"]
                or text.startswith(tuple(cfg["after_name_words"] + cfg["honorifics"]), end)):
            found.append(Mention(start=start, end=end, text=text[start:end], type="Person", rule="name-after-post"))
    return found


def _name_before_acting(word: str, surname: str, cfg: dict) -> int:
    """The length of the name opening `word` when a verb of acting for a body follows it (施金国|代表管委会), else 0."""
    return next((at for verb in cfg["acting_verbs"] if word.startswith(surname)
                 and len(surname) < (at := word.find(verb)) <= len(surname) + 2), 0)


# 缪爱国 经济发展局局长, 组长：祝正庆（管委会副主任）: in a roster a name opens the line (or follows its
# label's colon) and its organisation and post follow after a space or in brackets. A two-character
# name may be padded to the width of three (吕 威).
ROSTER_LINE = re.compile(
    r"(?m)(?:^|(?<=[：:]))[ \u3000]*(?P<name>[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff]|[\u4e00-\u9fff]{1,3}))"
    r"(?P<gap>[ \u3000]+|[（(])(?P<posts>[^\s（）()，,。；;：:]{2,40})(?P<close>[）)]|(?=[ \u3000]*$)|(?=[，,；;。]))")


def _names_before_posts(doc: AnalysedDocument, lexicon: Lexicon) -> list[Mention]:
    found = []
    for match in ROSTER_LINE.finditer(doc.norm.text):
        name = "".join(match["name"].split())
        surname = next((s for s in lexicon.surnames if name.startswith(s)), "")
        bracketed = match["gap"] in "（("
        if (not surname or not 1 <= len(name) - len(surname) <= 2 or bracketed != bool(match["close"])
                or lexicon.place(name) is not None or not match["posts"].endswith(lexicon.posts)):
            continue
        found.append(Mention(start=match.start("name"), end=match.end("name"), text=match["name"], type="Person", rule="name-before-post"))
    return found


def _inside_any(mention: Mention, others: list[Mention]) -> bool:
    return any(o.start <= mention.start and mention.end <= o.end for o in others)


def _tagged_people(doc: AnalysedDocument, index: TokenIndex, lexicon: Lexicon) -> list[Mention]:
    cfg = entity_rules()["person"]
    text = doc.norm.text
    people = []
    for token in index.tokens:
        # 高雨先生, 何维及(各部门): an honorific or a conjunction the tagger took into the name.
        dropped = next((h for h in cfg["honorifics"] if token.text.endswith(h)), "")
        if not dropped and len(token.text) == 3 and token.text[-1] in cfg["name_trailing_conjunctions"]:
            dropped = token.text[-1]
        if not dropped and token.tag == "PER" and _took_a_words_first_character(token, index, lexicon):
            dropped = token.text[-1]
        if not dropped and token.tag == "PER":
            # 董良如是说 read as one name: a verb of speaking the tagger took in ends it.
            dropped = next((v for v in cfg["speech_verbs"] if token.text.endswith(v) and len(token.text) - len(v) >= cfg["min_length"]), "")
        acting = _name_before_acting(token.text, token.text[:1], cfg) if token.tag == "PER" and not dropped else 0
        if acting:
            dropped = token.text[acting:]  # 祁金国代表管委会 read as one name: the name ends before the verb
        name = token.text[: len(token.text) - len(dropped)]
        if token.tag == "PER" and cfg["min_length"] <= len(name) <= cfg["max_length"] and all(CJK.match(ch) for ch in name):
            if _opens_a_post_chain(text, token.end, index, lexicon):
                continue  # 王玉祥、埃贝赫排气技术亚洲区总监李永新: a foreign company's name read as a person
            end = token.start + len(name)
            if len(token.text) == 2 and _cut_before_last_character(text, token, index, lexicon):
                end += 1
            start = token.start
            # 管委会主任仝|清雷: after a post, a rare surname the tagger left out opens the name.
            if (len(name) == 2 and start > 0 and text[start - 1] in lexicon.surnames and text[start - 1] not in name
                    and text.endswith(lexicon.posts, 0, start - 1)):
                start -= 1
            people.append(Mention(start=start, end=end, text=text[start:end], type="Person", rule="tagger-PER"))
    return people


@cache
def _words_to_a_post(posts: tuple[str, ...]) -> re.Pattern:
    return re.compile(f"[^、，。；：\\s]{{2,24}}?(?:{alternation(posts)})")


def _opens_a_post_chain(text: str, end: int, index: TokenIndex, lexicon: Lexicon) -> bool:
    """Whether what follows a name runs, without a break, through more words to a post and a person's name
    (…排气技术亚洲区销售兼项目管理总监李永新): then the "name" opens that organisation."""
    match = _words_to_a_post(lexicon.posts).match(text[: clause_end(text, end, "、，。；：\n")], end)
    following = index.token_at(match.end()) if match else None
    return following is not None and following[1].tag == "PER" and following[1].start == match.end()


def _cut_before_last_character(text: str, token: Token, index: TokenIndex, lexicon: Lexicon) -> bool:
    """主任谢文为介绍说, 副主任王京才带领, 副主任孙西让出席: after a post the tagger may cut a
    three-character name before its last character, read as a one-character preposition, adverb or
    verb. Such a word standing between a name and a verb (or 在, 也 …) is the name's end unless it is one that
    often stands there (在, 也, 还, 向 …); a preposition before a verb of speaking is the name's end even
    without the post, a verb (李明造说) only after one."""
    cfg = entity_rules()["person"]
    following = index.token_at(token.end)
    if following is None or following[1].start != token.end or len(following[1].text) != 1:
        return False
    word, position = following[1], following[0] + 1
    if (text.startswith(lexicon.posts, word.end) and word.tag not in ("c", "p", "u", "w")
            and word.text not in cfg["words_after_names"]):
        return True  # 管理委员会刘伟|新|副主任介绍: one character between a name and a post ends the name
    if word.tag not in cfg["name_end_tags"] or word.text in cfg["words_after_names"]:
        return False
    after_post = text.endswith(lexicon.posts, 0, token.start)
    if text.startswith(tuple(cfg["speech_verbs"]), word.end):
        return word.tag == "p" or (word.tag == "v" and after_post)  # 管委会主任李明造说
    verb_next = position < len(index.tokens) and index.tokens[position].start == word.end and (
        index.tokens[position].tag == "v" or index.tokens[position].text in cfg["words_after_names"])
    return verb_next and after_post


def _took_a_words_first_character(token: Token, index: TokenIndex, lexicon: Lexicon) -> bool:
    """田文平实 + 地调研: four characters with a one-character surname, then a lone particle, means the
    tagger took the first character of the next word (实地) into a three-character name."""
    surname = next((s for s in lexicon.surnames if token.text.startswith(s)), "")
    following = index.token_at(token.end)
    return (len(token.text) == 4 and len(surname) == 1 and following is not None and following[1].start == token.end
            and following[1].tag == "u" and len(following[1].text) == 1)


def find_user_names(doc: AnalysedDocument, lexicon: Lexicon) -> list[Mention]:
    """Names from the user's --lexicon file, matched longest first."""
    if lexicon.user_trie is None:
        return []
    text = doc.norm.text
    return [
        Mention(start=b, end=e, text=text[b:e], type=kind, rule="user-lexicon", label=lexicon.user_names[text[b:e]][1],
                place=lexicon.place(text[b:e]).name if kind == "Place" else "")
        for b, e, kind in lexicon.user_trie.tokenize(text)
    ]
