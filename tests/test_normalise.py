"""Normalisation keeps offsets into the original while cleaning text for matching."""

from kg.normalise import fold_width, normalise, original_span
from kg.sentences import split_sentences


def _original_chars(norm, original, start, end):
    return "".join(original[i] for i in norm.offsets[start:end])


def test_hard_wrapped_lines_are_joined_and_offsets_point_into_the_original():
    original = "每一个细微变化、每一处新面貌的背后,不忘初心、久久为功,无不是河源国家高新区建设者们一代接\n\n一代、一年又一年的努力和汗水。"
    norm = normalise(original)
    assert "一代接一代" in norm.text
    start = norm.text.index("一代接一代")
    assert _original_chars(norm, original, start, start + 5) == "一代接一代"
    begin, end = original_span(norm, start, start + 5)
    assert original[begin:end] == "一代接\n\n一代"


def test_a_short_line_goes_on_when_a_sentence_ends_inside_it_or_a_quote_is_open():
    norm = normalise("计730件。接受政务服务社会监督,聘请10名政务服务社\n会监督员。\n“以前拿了地的,近几年\n基本上都清掉了!”")
    assert norm.text.split("\n") == ["计730件。接受政务服务社会监督，聘请10名政务服务社会监督员。", "“以前拿了地的，近几年基本上都清掉了！”"]


def test_caption_lines_without_a_sentence_end_stay_apart():
    norm = normalise("市委常委、开发区党工委副书记王明主持签约仪式\n开发区党工委委员、管委会副主任张成介绍签约项目情况\n")
    assert norm.text.split("\n") == ["市委常委、开发区党工委副书记王明主持签约仪式", "开发区党工委委员、管委会副主任张成介绍签约项目情况"]


def test_a_long_caption_before_another_caption_stays_apart_though_it_is_as_long_as_wrapped_text():
    first = "翠湖高新区管委会、高新投公司、青禾担保公司全体干部职工参观红色教育基地林海峰纪念馆"
    second = "翠湖高新投公司到五眼泉镇中小学开展共同缔造美好校园活动"
    assert len(first) >= 40
    assert normalise(f"{first}\n{second}\n").text.split("\n") == [first, second]


def test_a_table_cells_wrap_spaces_are_cut_and_a_cell_ends_its_paragraph():
    norm = normalise("1 |\n优化“项目直通车”工作机 制，全力服务重 大项目。 |\n林海峰 |\n")
    assert norm.text.split("\n") == ["1 |", "优化“项目直通车”工作机制，全力服务重大项目。 |", "林海峰 |"]


def test_a_line_that_starts_with_a_comma_continues_the_line_before():
    norm = normalise("广州开发区党工委副书记\n、管委会副主任李红卫率队考察\n。")
    assert norm.text == "广州开发区党工委副书记、管委会副主任李红卫率队考察。"


def test_spaces_around_numbers_are_cut_and_offsets_still_point_into_the_original():
    original = "2024 年以来，先后招商 20 余次。"
    norm = normalise(original)
    assert norm.text == "2024年以来，先后招商20余次。"
    assert _original_chars(norm, original, 0, 5) == "2024年"


def test_headlines_are_not_joined_to_the_next_paragraph():
    norm = normalise("优化营商环境 打造幸福园区\n\n东江东岸的河源国家高新区,一幢幢厂房林立。")
    assert norm.text.split("\n")[0] == "优化营商环境 打造幸福园区"


def test_markdown_marks_bullets_and_photo_credits_are_dropped():
    original = "## 园区集聚,筑就产业新高地\n\n■河源国家高新区白鹭岛公园建成开放。\n\n李作描/摄\n\n蓬勃发展的产业新城 图片由区委宣传部提供\n"
    norm = normalise(original)
    assert norm.text == "园区集聚，筑就产业新高地\n河源国家高新区白鹭岛公园建成开放。"
    assert normalise("翠亨新区科技金融新城。受访者供图\n又一家深企落户。").text == "翠亨新区科技金融新城。\n又一家深企落户。"


def test_half_width_punctuation_is_folded_for_matching_only():
    original = "清远高新区(清城区)政务服务中心,成立于2017年。"
    norm = normalise(original)
    assert norm.text == "清远高新区（清城区）政务服务中心，成立于2017年。"
    assert _original_chars(norm, original, 0, len(norm.text)) == original
    assert fold_width("Ａ１,") == "A1，"


def test_verbatim_repeated_paragraphs_are_dropped():
    paragraph = "河源国家高新区投入建成园区首家公立医疗门诊。"
    norm = normalise(f"{paragraph}\n\n中间一段文字，用来分隔。\n\n{paragraph}")
    assert norm.text.count(paragraph) == 1


def test_sentences_split_at_final_punctuation_and_paragraphs():
    norm = normalise("高新区启动首轮改革。3年来成效显著！\n\n新的篇章")
    assert [s.text for s in split_sentences(norm)] == ["高新区启动首轮改革。", "3年来成效显著！", "新的篇章"]


def test_straight_double_quotes_that_pair_up_become_curly_quotes():
    original = '领导小组秉持"牵头抓总、包干负责"的工作原则,绘制"作战图"。'
    norm = normalise(original)
    assert norm.text == "领导小组秉持“牵头抓总、包干负责”的工作原则，绘制“作战图”。"
    assert normalise('他说"好。').text == '他说"好。'


def test_corner_quotes_are_read_as_curly_quotes():
    assert normalise("经开区实现「一层全链」管审批，『首问』负责。").text == "经开区实现“一层全链”管审批，‘首问’负责。"


def test_an_article_in_traditional_characters_is_read_as_simplified_with_offsets_kept():
    original = "蘇州工業園區管委會主任表示，園區將深化「放管服」改革。"
    norm = normalise(original)
    assert norm.text == "苏州工业园区管委会主任表示，园区将深化“放管服”改革。"
    assert _original_chars(norm, original, 0, 6) == "蘇州工業園區"


def test_a_simplified_article_quoting_one_traditional_name_stays_as_written():
    original = "苏州工业园区与新竹科學園區签署合作协议，双方将在集成电路、生物医药等领域深化合作，共建产业联盟。"
    assert normalise(original).text == original.replace(",", "，")


def test_a_variant_form_the_converter_keeps_is_read_as_its_simplified_character():
    original = "漢中航空經開區是陜西省航空產業的兩個飛機研發制造基地之一。"
    norm = normalise(original)
    assert norm.text.startswith("汉中航空经开区是陕西省航空产业")
    assert _original_chars(norm, original, 8, 11) == "陜西省"


def test_pinyin_printed_after_characters_as_reading_aids_is_cut_and_offsets_skip_it():
    original = "寶龍山經(jīng)濟(jì)開發(fā)區(qū)已入駐科爾沁鵝業(yè)有限公司。"
    norm = normalise(original)
    assert norm.text == "宝龙山经济开发区已入驻科尔沁鹅业有限公司。"
    # … several readings of one character too
    assert normalise("管委会出(chū)资组建了一(yī / yì /yí)家合资公司。").text == "管委会出资组建了一家合资公司。"
    assert _original_chars(norm, original, 0, 8) == "寶龍山經濟開發區"
    begin, end = original_span(norm, 0, 8)
    assert original[begin:end] == "寶龍山經(jīng)濟(jì)開發(fā)區"


def test_stock_codes_a_finance_page_sets_after_words_are_cut_but_a_bracketed_year_stays():
    assert normalise("湖光储能(300123)有限公司和华信电讯(HK0952)落户高新区。").text == "湖光储能有限公司和华信电讯落户高新区。"
    assert normalise("园区发布《白皮书(2022)》。").text == "园区发布《白皮书（2022）》。"


def test_brackets_of_latin_letters_without_a_tone_mark_are_text_not_reading_aids():
    assert normalise("园区引进人工智能(AI)企业和(a)类项目。").text == "园区引进人工智能（AI）企业和（a）类项目。"
