"""Resolution: one node per thing, whatever it is called, and never two zones merged by a bare 高新区."""

from kg.graph import merge_documents
from kg.models import RawDocument
from kg.pipeline import analyse, extract_document
from kg.resolution import resolve, short_forms


def _graph(lexicon, *texts):
    return merge_documents([
        extract_document(RawDocument(id=f"d{i}.txt", text=text, source=f"d{i}.txt"), lexicon)
        for i, text in enumerate(texts)
    ])


def _labels(graph, kind):
    return sorted(e.label for e in graph.entities.values() if e.type == kind)


def test_my_city_zone_resolves_to_the_city_named_elsewhere_in_the_article(lexicon):
    graph = _graph(lexicon, "我市高新区继续大幅晋位。平顶山市友腾机械制造有限公司负责人韩军胜评价高新区的政务服务。")
    assert _labels(graph, "Zone") == ["平顶山高新区"]
    assert not [e for e in graph.entities.values() if e.label == "高新区"]



def test_a_story_about_the_whole_city_does_not_name_its_bare_zone_after_the_city(lexicon):
    graph = _graph(lexicon, "洛阳市政协副主席一行到经开区调研，推动全市工业经济发展。经开区党工委书记张伟陪同。")
    assert _labels(graph, "Zone") == ["经开区（d0.txt）"]

def test_this_zone_and_bare_zone_resolve_to_the_main_zone(extract):
    triples = extract("清远高新区优化营商环境。该区推行“一条龙服务”。高新区实行“容缺受理”。")
    assert {t[0] for t in triples if t[1] == "implements"} == {"清远高新区"}


def test_national_and_plain_forms_of_a_zone_are_one_node(lexicon):
    graph = _graph(lexicon, "清远国家高新区启动系列活动。清远高新区推行“一条龙服务”，清远高新区位于清远市。")
    zones = [e for e in graph.entities.values() if e.type == "Zone"]
    assert [z.label for z in zones] == ["清远高新区"] and "清远国家高新区" in zones[0].aliases


def test_short_and_long_company_names_are_one_node(lexicon):
    graph = _graph(lexicon, "在位于尼龙新材料产业园区的神鹰化工科技有限公司新厂区内，项目投产。神鹰化工总经理吴秀云说，服务好。")
    companies = [e for e in graph.entities.values() if e.type == "Company"]
    assert [(c.label, c.aliases) for c in companies] == [("神鹰化工科技有限公司", ["神鹰化工"])]


def test_short_name_in_one_article_joins_the_full_name_of_another(lexicon):
    graph = _graph(lexicon, "在位于尼龙新材料产业园区的神鹰化工科技有限公司新厂区内，项目投产。",
                   "平顶山高新区里，神鹰化工总经理吴秀云说，服务好。")
    assert _labels(graph, "Company") == ["神鹰化工科技有限公司"]


def test_articles_about_the_same_zone_merge_into_one_node(lexicon):
    graph = _graph(lexicon, "平顶山高新区启动首轮体制机制改革。", "我市高新区大幅晋位，平顶山市友腾机械制造有限公司点赞。")
    assert _labels(graph, "Zone") == ["平顶山高新区"]


def test_two_zones_both_called_high_tech_zone_never_merge(lexicon):
    graph = _graph(lexicon, "我市高新区推行“一条龙服务”。平顶山市友腾机械制造有限公司点赞。",
                   "我市高新区推行“一条龙服务”。清远市就业协会点赞。")
    assert _labels(graph, "Zone") == ["平顶山高新区", "清远高新区"]


def test_the_same_body_name_in_two_zones_is_two_nodes(lexicon):
    graph = _graph(lexicon, "清远高新区管委会主任周岐贤表示欢迎。", "平顶山高新区管委会主任李明表示欢迎。")
    assert _labels(graph, "GovernmentBody") == ["平顶山高新区管委会", "清远高新区管委会"]


def test_a_page_about_several_zones_resolves_each_mention_to_the_nearest_fitting_zone(extract):
    triples = extract("清远高新区推行“一条龙服务”，该区还实行“容缺受理”。"
                      "与此同时，河源国家高新区推行“中午不停歇”服务，高新区还开展“企业诉求”收集。")
    implements = {(s, o) for s, p, o, _ in triples if p == "implements"}
    assert implements == {("清远高新区", "一条龙服务"), ("清远高新区", "容缺受理"),
                          ("河源国家高新区", "中午不停歇"), ("河源国家高新区", "企业诉求")}


def test_user_lexicon_adds_names_with_their_aliases(tmp_path):
    from kg.lexicon import load_lexicon

    names = tmp_path / "names.tsv"
    names.write_text("华冠科技有限公司\tCompany\t华冠科技,华冠\n", encoding="utf-8")
    user = load_lexicon(names)
    graph = _graph(user, "河源国家高新区加快建设。河源国家高新区的新能源充电站建在华冠的厂区旁。")
    (company,) = [e for e in graph.entities.values() if e.type == "Company"]
    assert company.label == "华冠科技有限公司"


def test_a_place_only_the_user_lexicon_knows_is_a_place_node(tmp_path):
    from kg.lexicon import load_lexicon

    names = tmp_path / "names.tsv"
    names.write_text("雄安新城\tPlace\n", encoding="utf-8")
    graph = _graph(load_lexicon(names), "雄安新城高新区党工委书记王明出席。王明说，雄安新城将全力支持高新区。")
    assert ("雄安新城高新区", "雄安新城") in {
        (graph.entities[t.subject].label, graph.entities[t.object].label) for t in graph.triples if t.predicate == "locatedIn"
    }


def test_a_description_after_a_verb_of_building_does_not_name_the_zone(extract):
    triples = extract("2021年，高新区将聚焦主导产业，打造强企兴业高新区。高新区党工委书记王明主持会议。")
    assert {t[2] for t in triples if t[0] == "王明"} == {"高新区（t.txt）"}


def test_a_second_zone_known_only_by_its_kind_is_not_given_the_city_of_the_article(extract):
    triples = extract("长春经开区举行签约仪式。仪式由综保区党工委副书记、管委会副主任吕东主持。")
    assert ("吕东", "leads", "综保区（t.txt）", "党工委副书记、管委会副主任") in triples


def test_a_city_named_only_inside_a_quoted_brand_does_not_name_the_zone(extract):
    triples = extract("高新区将组建“智慧照明产业联盟”，铸造“扬州智慧灯谷”特色名片。高新区党工委书记王明出席。")
    assert ("王明", "leads", "高新区（t.txt）", "党工委书记") in triples


def test_the_city_of_a_company_s_branch_does_not_name_the_zone(extract):
    triples = extract("高新区党工委书记王明主持会议。高新区将打造全市低空经济示范区域。华腾科技唐山分公司负责同志参加。")
    assert ("王明", "leads", "高新区（t.txt）", "党工委书记") in triples


def test_guests_are_not_the_city_of_laibin(extract):
    triples = extract("高新区党工委书记王明会见来宾。高新区将打造全市低空经济示范区域。")
    assert ("王明", "leads", "高新区（t.txt）", "党工委书记") in triples


def test_the_county_zone_resolves_to_the_county_named_in_the_article(extract):
    triples = extract("岳阳市湘阴县产业项目集中签约仪式在该县高新区举行。该县高新区党工委书记王明致辞。")
    assert ("王明", "leads", "湘阴高新区", "党工委书记") in triples
    assert ("湘阴高新区", "locatedIn", "湘阴县", "") in triples


def test_the_zones_of_a_whole_city_are_no_zone_of_the_article(lexicon):
    text = "观摩团认为，此次观摩对促进全市产业集聚区快速健康发展和全市经济快速健康发展起到积极作用。"
    doc, _ = analyse(RawDocument(id="t.txt", text=text, source="t.txt"), lexicon)
    assert not [m.text for m in doc.mentions if m.type == "Zone" and m.text.startswith("全市")]


def test_a_short_place_in_brackets_before_the_kind_is_part_of_the_zones_name(extract):
    triples = extract("仪式由市政府副市长翠湖滨海(下营)经济开发区党工委书记、管委会主任林海峰主持。")
    assert ("林海峰", "leads", "翠湖滨海（下营）经济开发区", "党工委书记、管委会主任") in triples


def test_a_cluster_area_named_after_a_trade_is_a_park_of_the_zone(extract):
    triples = extract("平顶山高新区持续发力，打通与尼龙新材料产业集聚区内外联络。")
    assert ("尼龙新材料产业集聚区", "partOf", "平顶山高新区", "") in triples


def test_a_district_of_a_municipality_gives_the_municipality_as_the_zone_city(extract):
    triples = extract("我市经开区位于滨海新区。天津市滨海新区的企业落户经开区。")
    assert ("天津经开区", "locatedIn", "天津市", "") in triples


def test_an_article_that_names_no_zone_places_nothing_in_a_zone(extract):
    triples = extract("赊店老酒股份有限公司董事长单森林先生出席。华为公司入驻光明科技园。")
    assert triples == {("单森林", "worksFor", "赊店老酒股份有限公司", "董事长"), ("华为公司", "locatedIn", "光明科技园", "")}


def test_a_park_written_without_the_zone_word_in_front_is_the_same_park(extract):
    triples = extract("平顶山高新区建成高新智慧物流园。顺丰速运入驻智慧物流园。")
    assert ("顺丰速运", "locatedIn", "高新智慧物流园", "") in triples
    assert not [t for t in triples if t[2] == "智慧物流园"]


def test_a_park_name_cut_short_is_the_same_park(lexicon):
    graph = _graph(lexicon, "平顶山高新区创新创业服务园区成立。据了解，创业服务园区已入驻企业十家。")
    assert _labels(graph, "Park") == ["创新创业服务园区"]


def test_a_park_named_after_another_city_is_not_the_zones_by_context(extract):
    assert not [t for t in extract("清远高新区组织企业赴深圳南山科技园考察学习。") if t[1] == "partOf"]
    assert ("清远华侨工业园", "partOf", "清远高新区", "") in extract("清远高新区加快建设清远华侨工业园。")


def test_a_zone_named_once_in_passing_does_not_own_the_parks_of_the_text(extract):
    triples = extract("座谈会上，李晓平向新华集团介绍了故城县经开区发展规划。一行人随后参观了河北工业大学科技园。")
    assert not [t for t in triples if t[1] == "partOf"]


def test_a_zone_written_with_the_generic_kind_is_the_same_places_exact_zone(extract):
    triples = extract("三门开发区：以“人、财、事、权”四维改革破局。三门经济开发区构建“1+3+3”管理体系。")
    assert {t[0] for t in triples if t[1] == "implements"} == {"三门经济开发区"}


def test_a_city_written_before_a_zones_county_is_its_address(extract):
    assert extract("连云港市东海经济开发区举行项目签约仪式。东海经济开发区将做好服务。") == {
        ("东海经济开发区", "locatedIn", "连云港市", "")
    }
    triples = extract("根据公告，吉林敖东拟在吉林省敦化经济开发区设立吉林敖东大高酵素有限公司。")
    assert ("吉林敖东大高酵素有限公司", "locatedIn", "敦化经济开发区", "") in triples


def test_a_city_and_district_before_a_zone_named_after_no_place_are_its_address(extract):
    triples = extract("记者来到位于扬州市江都区仙城高新区的一处产业基地。仙城高新区将继续推进转型升级。")
    assert {t for t in triples if t[1] == "locatedIn"} == {
        ("仙城高新区", "locatedIn", "扬州市", ""), ("仙城高新区", "locatedIn", "江都区", "")
    }
    # After a province, a word of no place is a grade of zone, not a zone's name.
    triples = extract("温县产业集聚区是“河南省二星级产业集聚区”，宏达智能科技有限公司项目在温县产业集聚区开工。")
    assert ("宏达智能科技有限公司", "locatedIn", "温县产业集聚区", "") in triples


def test_a_high_tech_industrial_park_named_as_a_zone_is_the_zone(extract):
    assert extract("四川德阳高新技术产业园正式挂牌成立。德阳高新技术产业园以装备制造为主导产业。") == {
        ("德阳高新技术产业园", "locatedIn", "四川", "")
    }


def test_an_unnamed_zone_is_not_named_after_a_city_the_story_merely_names(extract):
    triples = extract("渭南市发改委巡查组来经开区督查重点建设项目。经开区管委会主任韦红革陪同。")
    assert {t[2] for t in triples if t[0] == "韦红革"} == {"经开区（t.txt）"}
    triples = extract("我市高新区营商环境持续优化。平顶山市委书记到高新区调研，区党工委书记孙国权陪同。")
    assert ("孙国权", "leads", "平顶山高新区", "党工委书记") in triples


def test_a_bare_kind_stands_for_the_named_zone_of_a_kind_it_abbreviates(extract):
    triples = extract("张家口市经济开发区“一区多园”聚项目。经开区重点打造洋河新材料产业园。经开区大力引进项目。")
    assert ("洋河新材料产业园", "partOf", "张家口市经济开发区", "") in triples


def test_an_organisation_before_a_zone_kind_does_not_name_the_zone(extract):
    triples = extract("市政协调研组来高新区调研。市政协高新区工作室主任夏同强，区党工委副书记、管委会副主任韩昉陪同。")
    assert ("韩昉", "leads", "高新区（t.txt）", "党工委副书记、管委会副主任") in triples


def test_we_the_district_with_no_zone_word_in_the_article_is_no_zone(extract):
    text = "我区的重庆明和科技园获得国家级科技企业孵化器认定。我区正在运行的国家级孵化器增至2家。"
    assert not extract(text)


def test_the_city_zone_is_the_zone_of_that_city_the_article_names_more_exactly(extract):
    text = ("市开发区加快项目建设。今年以来，宜昌经济技术开发区推行“项目秘书”制度。"
            "市开发区党工委书记刘强表示，将继续招商。高新区发展也很快，苍南开发区管委会主任陈勇来访。")
    triples = extract(text)
    assert ("刘强", "leads", "宜昌经济技术开发区", "党工委书记") in triples
    assert ("宜昌经济技术开发区", "implements", "项目秘书", "") in triples
    assert not [t for t in triples if t[2] == "宜昌开发区" or t[0] == "宜昌开发区"]


def test_a_zone_written_with_its_province_or_city_keeps_that_form_as_an_alias(lexicon):
    graph = _graph(lexicon, "河北鹿泉经济开发区项目集中开工。鹿泉经济开发区将做好服务。", "鹿泉经济开发区召开会议。")
    zones = [e for e in graph.entities.values() if e.type == "Zone"]
    assert [z.label for z in zones] == ["鹿泉经济开发区"]
    assert "河北鹿泉经济开发区" in zones[0].aliases
    graph = _graph(lexicon, "湖北省武汉市东西湖区（武汉临空港经济技术开发区）推进招商。临空港经开区将做好服务。")
    zones = [e for e in graph.entities.values() if e.type == "Zone"]
    assert [z.label for z in zones] == ["临空港经开区"]
    assert "武汉临空港经济技术开发区" in zones[0].aliases


def test_a_branch_is_one_node_with_the_company_short_name_written_before_it(extract):
    text = ("高新区先后引进苏宁物流豫南仓储中心等企业入驻高新智慧物流园。"
            "除苏宁物流、顺丰速运入驻智慧物流园外，还引进了广丰等专线物流公司。")
    companies = {t[0] for t in extract(text) if t[1] == "locatedIn"}
    assert "苏宁物流豫南仓储中心" in companies and "苏宁物流" not in companies


def test_a_body_opening_with_the_zones_word_keeps_it_as_an_alias(lexicon):
    graph = _graph(lexicon, "开发区招商局给我们专门配备了一名工作人员。天津开发区很好。")
    body = next(e for e in graph.entities.values() if e.type == "GovernmentBody")
    assert body.label == "天津开发区招商局" and "开发区招商局" in body.aliases


def test_a_short_form_that_is_only_a_kind_of_work_refers_to_nothing(extract):
    # 绵阳项目公司 is never written 项目: the project that lies in the park is no company.
    triples = extract("绵阳经开区重点项目推进会举行，项目位于绵阳经开区科技产业园。绵阳项目公司总经理吴锟出席。")
    assert not [t for t in triples if t[0] == "绵阳项目公司" and t[1] == "locatedIn"]



def test_rankings_regional_branches_and_kinds_of_groups_are_no_companies(lexicon):
    graph = _graph(lexicon, "清远高新区迎来锦华集团。锦华集团是一家大型民营企业集团，蝉联中国能源集团500强，在清远高新区设有多家地区分公司。")
    assert _labels(graph, "Company") == ["锦华集团"]


def test_agricultural_high_tech_zones_are_zones(lexicon):
    graph = _graph(lexicon, "国务院批复同意建设河南省周口国家农业高新技术产业示范区。周口国家农高区以小麦为主导产业。")
    (zone,) = [e for e in graph.entities.values() if e.type == "Zone"]
    assert {zone.label, *zone.aliases} >= {"周口国家农业高新技术产业示范区", "周口国家农高区"}


def test_a_short_name_with_a_bare_company_word_is_the_company_named_more_exactly(lexicon):
    graph = _graph(lexicon, "会上，领导对华铭公司的发展表示认可。华铭科技入驻莲湖产业园。华铭董事长张伟出席。")
    companies = [e for e in graph.entities.values() if e.type == "Company"]
    assert [(c.label, sorted(c.aliases)) for c in companies] == [("华铭科技", ["华铭", "华铭公司"])]


def _triples_under_hash_seeds(text: str, listing: str, seeds: range) -> set[str]:
    """What extracting `text` prints (`listing`, an expression over the graph g) in one process per hash seed."""
    import os
    import subprocess
    import sys
    program = ("from kg.lexicon import load_lexicon; from kg.models import RawDocument; from kg.pipeline import extract_document;"
               f"g = extract_document(RawDocument(id='t.txt', text='{text}', source='t.txt'), load_lexicon()); print({listing})")
    runs = [subprocess.Popen([sys.executable, "-c", program], stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONHASHSEED": str(seed)}) for seed in seeds]
    outputs = {run.communicate()[0] for run in runs}
    assert all(run.returncode == 0 for run in runs)
    return outputs


def test_the_same_article_gives_the_same_graph_whatever_the_hash_seed():
    outputs = _triples_under_hash_seeds("领导对华铭公司表示认可。华铭科技入驻莲湖产业园。华铭董事长张伟出席。",
                                        "sorted((t.subject, t.predicate, t.object) for t in g.triples)", range(1, 7))
    assert len(outputs) == 1


def test_the_same_article_gives_its_triples_in_the_same_order_whatever_the_hash_seed():
    outputs = _triples_under_hash_seeds("清远高新区与河源高新区、韶关高新区、梅州高新区签约。广东省清远市、河源市、韶关市、梅州市领导出席。",
                                        "[(t.subject, t.predicate, t.object) for t in g.triples]", range(1, 9))
    assert len(outputs) == 1


def test_the_county_zone_written_by_the_county_word_alone_is_the_named_county_s(extract):
    triples = extract("宿松县委书记李强出席签约。县经开区管委会主任王明致辞。")
    assert ("王明", "leads", "宿松经开区", "管委会主任") in triples


def test_the_county_word_before_a_zone_kind_is_the_county_zone_the_article_names(extract):
    triples = extract("宿松县经开区举行项目签约。宿松县委书记李强出席。县经开区管委会主任王明致辞。")
    assert ("王明", "leads", "宿松县经开区", "管委会主任") in triples


def test_a_zone_in_brackets_after_another_is_its_second_plate(extract):
    triples = extract("鹤山经开区（高新区）召开年度工作会议。经开区（高新区）党工委、管委会实行“两块牌子、一套人马”的管理体制。"
                      "高新区党工委书记王明出席。")
    assert {("王明", "leads", "鹤山经开区", "党工委书记"), ("鹤山经开区", "implements", "两块牌子、一套人马", ""),
            ("鹤山经开区党工委", "partOf", "鹤山经开区", ""), ("鹤山经开区管委会", "partOf", "鹤山经开区", "")} <= triples
    assert not {t for t in triples if "高新区（t.txt）" in t}


def test_a_body_acting_with_the_zone_does_not_name_it(extract):
    triples = extract("鹤山高新区召开会议。省科技厅、省工信厅联合高新区管委会等相关部门成立了调研组。")
    assert ("鹤山高新区管委会", "partOf", "鹤山高新区", "") in triples
    assert not {t for t in triples if "联合" in t[0] or "联合" in t[2]}


def test_a_zone_kind_inside_another_s_document_title_is_no_zone(extract):
    triples = extract("鹤山高新区深入贯彻落实《国务院关于促进国家高新技术产业开发区高质量发展的若干意见》，"
                      "推行“标准地”改革。")
    assert ("鹤山高新区", "implements", "标准地", "") in triples
    assert not {t for t in triples if "国务院" in t[0]}


def test_a_park_the_article_declares_a_development_zone_is_run_as_one(extract):
    triples = extract("韶关市浈江区南岭工业园区作为省级开发区，近年来深入实施“护企”行动。")
    assert {("南岭工业园区", "locatedIn", "韶关市", ""), ("南岭工业园区", "implements", "护企", "")} <= triples


def test_a_park_a_government_recognises_as_a_high_tech_zone_is_run_as_one(extract):
    triples = extract("南岭工业园区位于韶关市。2018年，南岭工业园区被广东省政府认定为“省级高新技术产业园区”，深入实施“护企”行动。")
    assert {("南岭工业园区", "locatedIn", "韶关市", ""), ("南岭工业园区", "implements", "护企", "")} <= triples


def test_a_company_name_of_a_place_and_a_trade_has_no_short_form_of_the_trade_alone(lexicon):
    assert "汽车" not in short_forms("广西汽车集团", lexicon)
    assert "远川" in short_forms("广西远川汽车集团", lexicon)


def test_an_industrial_new_area_is_a_zone_whatever_its_name(extract):
    assert extract("市长到南岭工业新区考察调研。南岭工业新区政务服务中心参观了服务平台。") == {
        ("南岭工业新区政务服务中心", "partOf", "南岭工业新区", "")}


def test_a_zone_s_committee_written_by_its_word_alone_is_named_after_the_zone_as_the_article_writes_it(lexicon):
    text = "南岭高新技术产业开发区党工委书记、管委会主任王强参加会议。南岭高新区签约项目21项。"
    graph = extract_document(RawDocument(id="t.txt", text=text, source="t.txt"), lexicon)
    committee = next(e for e in graph.entities if e.type == "GovernmentBody" and e.label.endswith("管委会"))
    assert "南岭高新技术产业开发区管委会" in {committee.label, *committee.aliases}


def test_a_plain_noun_written_again_and_again_before_the_kind_names_the_zone(extract):
    triples = extract("中山市签约仪式在火炬高新区举行。当前，火炬高新区深入推行“拿地即开工”改革。")
    assert triples == {("火炬高新区", "implements", "拿地即开工", "")}


def test_a_new_area_the_article_also_calls_by_its_kind_alone_is_a_zone(extract):
    triples = extract("金川新区建立重大项目“服务管家”保障制度，为每个在新区投资建设的大项目配备一名“服务管家”。")
    assert ("金川新区", "implements", "服务管家", "") in triples


def test_a_county_suffix_that_opens_a_word_of_scope_names_no_place(lexicon):
    doc, _ = analyse(RawDocument(id="t.txt", text="镇安工业集中区积极探索县域工业发展之路。", source="t.txt"), lexicon)
    assert not [m.text for m in doc.mentions if m.type == "Place"]


def test_an_acting_county_heads_title_names_no_county(lexicon):
    doc, _ = analyse(RawDocument(id="t.txt", text="县委副书记、代县长孔磊一行来经济开发区调研。", source="t.txt"), lexicon)
    assert not [m.text for m in doc.mentions if m.type == "Place"]


def test_a_park_named_after_a_county_with_or_without_its_division_word_is_one_park(lexicon):
    graph = _graph(lexicon, "剑河县工业园区始建于2004年，园区以农特产品加工为主。剑河工业园区总共入驻了华腾服饰有限公司等21家企业。")
    assert _labels(graph, "Park") == ["剑河县工业园区"]


def test_a_park_run_as_a_zone_under_two_names_gets_one_name_whatever_the_hash_seed():
    outputs = _triples_under_hash_seeds("9月27日，城区工业园区举行开工仪式。济川街道、城区工业园区党工委副书记，城区工业园区管委会主任林海峰表示。",
                                        "sorted((t.subject, t.predicate, t.object, t.title) for t in g.triples)", range(1, 7))
    assert len(outputs) == 1


def test_an_autonomous_county_written_short_names_the_zone_after_it_and_its_city(extract):
    triples = extract("宽甸经济开发区开展项目建设提质提效行动，打造丹东最大的型材产业化中心。")
    assert ("宽甸经济开发区", "locatedIn", "丹东", "") in triples


def test_a_zone_named_after_a_county_short_form_is_there_when_its_city_is_named(extract):
    triples = extract("福州福清扩区。福建省将推动福清翠湖经济技术开发区扩区。翠湖开发区规划面积10平方公里。")
    assert ("福清翠湖经济技术开发区", "locatedIn", "福州", "") in triples
    assert ("福清翠湖经济技术开发区", "locatedIn", "福建省", "") in triples


def test_a_county_written_short_whose_province_the_article_does_not_name_is_another_place(extract):
    triples = extract("福建省将推动福州经济技术开发区扩区。南岭开发区将扩大到江阴开发区。江阴和新厝重点发展电子产业。")
    assert not [t for t in triples if t[2] in ("江阴", "江阴市")]


def test_a_province_before_a_zone_named_after_a_county_and_more_is_where_the_zone_is(extract):
    # The province is its address, not part of the name the zone goes by in other articles.
    triples = extract("浙江整合设立6家省级经济开发区。省政府同意整合设立浙江乐清湾临港经济开发区，实行省级经济开发区政策。")
    assert ("乐清湾临港经济开发区", "locatedIn", "浙江", "") in triples


def test_a_county_written_short_in_an_article_about_another_city_is_another_place(extract):
    triples = extract("会议要求确保松山新区管委会工作平稳过渡，咬定建设锦州发展先导区的目标。松山新区是锦州城市发展的重要载体，"
                      "到松山工作倍感责任重大。")
    assert ("松山新区", "locatedIn", "锦州", "") in triples
    assert not [t for t in triples if t[2] in ("松山", "松山区")]


def test_an_unnamed_zone_of_a_city_the_article_names_in_full_again_and_again_is_that_citys(extract):
    triples = extract("孝感市举行第一季度招商引资集中签约活动。孝感市市长出席签约活动并讲话。高新区3个项目在本次活动中签约，"
                      "后续高新区将全力推动签约项目早开工。")
    assert ("孝感高新区", "locatedIn", "孝感市", "") in triples


def test_a_countys_zone_at_a_meeting_held_in_another_city_is_not_named_after_that_city(extract):
    triples = extract("5月29日，梁山县在深圳市人民大厦召开项目对接恳谈会。梁山县委书记主持会议，开发区管委会主任林海峰出席。"
                      "会上，梁山县与深圳市企业代表交流。")
    assert not [t for t in triples if "深圳" in t[0] + t[2]]


def test_a_park_renamed_as_a_zone_is_that_zone(lexicon):
    graph = _graph(lexicon, "安徽省政府批复同意苏滁现代产业园更名为中新苏滁高新技术产业开发区。华信科技有限公司落户苏滁现代产业园。")
    assert _labels(graph, "Zone") == ["中新苏滁高新技术产业开发区"]
    assert not _labels(graph, "Park")


def test_a_zone_written_with_and_without_its_city_is_one_zone(lexicon):
    graph = _graph(lexicon, "天津滨海高新区组织企业参展。力神电池股份有限公司落户滨海高新区。")
    assert _labels(graph, "Zone") == ["天津滨海高新区"]


def test_a_city_written_before_a_word_its_division_opens_is_named_short(lexicon):
    doc, _ = analyse(RawDocument(id="t.txt", text="声明：绵阳市场信息网内容版权所有。", source="t.txt"), lexicon)
    assert [m.text for m in doc.mentions if m.type == "Place"] == ["绵阳"]


def test_a_verb_of_pushing_opens_the_list_of_projects_pushed(lexicon):
    text = "同时，力争青禾、远川、宏达等项目年内开工建设。"
    doc, _ = analyse(RawDocument(id="t.txt", text=text, source="t.txt"), lexicon)
    assert [m.text for m in doc.mentions if m.type == "Company"] == ["青禾", "远川", "宏达"]


def test_a_zone_written_with_and_without_its_province_is_one_zone(lexicon):
    doc, _ = analyse(RawDocument(id="t.txt", text="吉林南岭经济开发区锚定汽车产业。南岭经开区推出“闲置资源嫁接招商”模式。",
                                 source="t.txt"), lexicon)
    resolve(doc, lexicon)
    assert len({m.key for m in doc.mentions if m.type == "Zone"}) == 1


def test_a_subsidiary_written_by_its_parents_name_is_no_company(lexicon):
    doc, _ = analyse(RawDocument(id="t.txt", text="合资公司由青禾集团与南岭经投集团下属公司各占50%股份成立。", source="t.txt"), lexicon)
    assert [m.text for m in doc.mentions if m.type == "Company"] == ["青禾集团", "南岭经投集团"]


def test_a_common_word_holding_a_place_name_names_no_place(lexicon):
    doc, _ = analyse(RawDocument(id="t.txt", text="青山台商投资区地处九龙江出海口，是滨州市新城区的重要组成部分。", source="t.txt"), lexicon)
    assert [m.text for m in doc.mentions if m.type == "Place"] == ["滨州市"]


def test_a_regions_short_name_that_is_a_common_term_names_no_place_alone(lexicon):
    doc, _ = analyse(RawDocument(id="t.txt", text="三明市重点推介海西现代物流园开发区。", source="t.txt"), lexicon)
    assert [m.text for m in doc.mentions if m.type == "Place"] == ["三明市"]


def test_a_listed_item_ending_in_a_word_for_people_is_no_body(lexicon):
    doc, _ = analyse(RawDocument(id="t.txt", text="县委书记王景育，县经开区管委会、王集乡政府全体机关干部等参加开工仪式。",
                                 source="t.txt"), lexicon)
    assert not [m.text for m in doc.mentions if m.type == "GovernmentBody" and m.text.endswith("干部")]


def test_a_demonstration_zone_with_a_declared_short_name_is_a_zone(lexicon):
    text = "河北转型综改示范区（以下简称“综改区”）是全省产业发展核心区域。综改区经济总量实现翻一番。"
    doc, _ = analyse(RawDocument(id="t.txt", text=text, source="t.txt"), lexicon)
    zones = {m.text for m in doc.mentions if m.type == "Zone"}
    assert zones == {"河北转型综改示范区", "综改区"}
    # … but a place's role as a demonstration area, with no short name and no committee, is no zone
    doc, _ = analyse(RawDocument(id="t.txt", text="南京是国家创新驱动发展示范区。", source="t.txt"), lexicon)
    assert not [m for m in doc.mentions if m.type == "Zone"]


def test_a_development_zone_written_with_one_character_and_kai_qu_is_a_zone_where_its_committee_follows(lexicon):
    text = "省领导来南岭市岭开区调研，岭开区管委会主任李明陪同考察。岭开区发展势头良好。"
    doc, _ = analyse(RawDocument(id="t.txt", text=text, source="t.txt"), lexicon)
    assert [m.text for m in doc.mentions if m.type == "Zone"] == ["岭开区", "岭开区", "岭开区"]
    # … but words that end in 开区 are no zone, and neither is one written without its committee
    doc, _ = analyse(RawDocument(id="t.txt", text="展开区域合作，岭开区发展势头良好。", source="t.txt"), lexicon)
    assert not [m for m in doc.mentions if m.type == "Zone"]


def test_an_area_of_a_free_trade_zone_is_a_zone_where_its_committee_follows_but_not_an_area_written_after_a_zone(lexicon):
    text = "南湾港片区管理委员会副主任李明介绍，南湾港片区发挥开放优势。"
    doc, _ = analyse(RawDocument(id="t.txt", text=text, source="t.txt"), lexicon)
    assert {m.text for m in doc.mentions if m.type == "Zone"} == {"南湾港片区"}
    text = "北京大兴国际机场临空经济区廊坊片区（以下简称“廊坊临空经济区”）正在建设。"
    doc, _ = analyse(RawDocument(id="t.txt", text=text, source="t.txt"), lexicon)
    assert "廊坊片区" not in {m.text for m in doc.mentions if m.type == "Zone"}


def test_an_autonomous_prefecture_written_short_with_or_without_its_word_is_that_prefecture(extract):
    triples = extract("记者来到了伊犁州南岭经济开发区青禾园区，园区发展势头良好。")
    assert ("南岭经济开发区", "locatedIn", "伊犁州", "") in triples
    assert ("青禾园区", "partOf", "南岭经济开发区", "") in triples


def test_a_prefecture_whose_short_form_alone_is_a_common_term_is_still_named_with_its_word(lexicon):
    assert lexicon.place("海西州").name == "海西蒙古族藏族自治州"
    assert lexicon.place("海西") is None  # 海西 alone is the west coast of the strait, a region, not the prefecture


def test_a_company_named_with_its_home_country_is_one_node_with_its_name_without_it(lexicon):
    assert "宁远集团" in short_forms("中国宁远集团", lexicon)
    graph = _graph(lexicon, "宁远集团董事长王明介绍情况。中国宁远集团总经理李强表示，将加大投资。")
    assert _labels(graph, "Company") == ["中国宁远集团"]


def test_a_zone_named_after_its_province_in_full_is_one_node_with_its_name_without_it(lexicon):
    graph = _graph(lexicon, "江西省宁远经济开发区党工委书记王明出席会议。", "宁远经济开发区党工委副书记李强主持会议。")
    assert [e.key for e in graph.entities.values() if e.type == "Zone"] == ["Zone:宁远经济开发区"]


def test_a_county_s_zone_written_with_the_generic_kind_and_its_county_word_is_the_zone_named_exactly(extract):
    triples = extract("宁远经济开发区设分会场。宁远县开发区推行“一窗通办”。随后，一行观摩了宁远经开区低碳生态园。")
    assert ("宁远经济开发区", "implements", "一窗通办", "") in triples
