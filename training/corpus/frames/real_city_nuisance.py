"""City nuisances reported with no word about officials: service_issue (LABELS.md rule 1, the negative side).

The same everyday contexts as the abuse_of_power city frames (vendors on footpaths, parking, encroachment,
construction, noise, dumping), written as terse Traffy tickets that describe only the problem and ask for it
to be handled. Repeats and waiting ("แจ้งครั้งที่ 2", "ยังเหมือนเดิม") appear without any allegation that
officials ignore, refuse or select (rule 3: slow is not wrongdoing), so that a city context or a repeated
report alone never decides abuse_of_power.
"""

from training.corpus.frames.base import Frame

_CITY = ("web_form", "line_chat")
_ASK = "[ขอให้เข้ามาตรวจสอบด้วย|รบกวนแก้ไขด้วย|ฝากดำเนินการด้วย|ช่วยจัดการด้วย|ขอความอนุเคราะห์ตรวจสอบ|]"
_AGAIN = "[แจ้งครั้งที่{count}|แจ้งซ้ำ|แจ้งอีกรอบ|ยังเหมือนเดิม|ยังไม่หาย|]"

FRAMES: list[Frame] = [
    Frame(
        id="service_issue.credible.real_nuisance_motorbikes_on_footpath",
        category="service_issue",
        credibility="credible",
        voice="pedestrian, terse ticket",
        channels=_CITY,
        setting="city",
        text=(
            "<<มอเตอร์ไซค์[ขี่|วิ่ง]บนทางเท้า[ช่วงเช้า|ช่วงเย็น|ตอนรถติด|ทุกวัน] "
            "##[ปากซอย{soi}|ถนน{bkk_road}ช่วง{place}|ซอย{soi} เขต{khet}] >>"
            "[ เกือบชนคนเดิน| เด็กนักเรียนเดินลำบาก| อันตรายมาก|] " + _ASK
        ),
    ),
    Frame(
        id="service_issue.credible.real_nuisance_cars_on_footpath",
        category="service_issue",
        credibility="credible",
        voice="resident, short ticket with a time window",
        channels=_CITY,
        setting="city",
        text=(
            "[รถยนต์|รถกระบะ|รถเก๋ง]จอดทับทางเท้า[หน้าร้านค้าซอย{soi}|ซอย{soi}|ริมถนน{bkk_road}] "
            "[ทุกวันช่วง 08.00-18.00 น.|ทั้งวัน|ตั้งแต่เช้าถึงค่ำ|ช่วงกลางคืน] "
            "[คนเดินต้องลงไปเดินบนถนน|รถเข็นผ่านไม่ได้|ทางเท้าพังหมดแล้ว] " + _AGAIN + " " + _ASK
        ),
    ),
    Frame(
        id="service_issue.credible.real_nuisance_stall_blocks_footpath",
        category="service_issue",
        credibility="credible",
        voice="office worker, terse",
        channels=_CITY,
        setting="city",
        text=(
            "[แผงลอย|ร้านขายอาหาร|รถเข็นขายผลไม้|ร้านข้าวมันไก่]ตั้ง[โต๊ะ|ร่ม|แผง]กินพื้นที่ทางเท้า"
            "[เกือบหมด|ครึ่งหนึ่ง|จนเดินไม่ได้] [หน้าซอย{soi}|แถว{place} แขวง{khwaeng}|ถนน{bkk_road}] "
            "[ช่วงเที่ยง|ช่วง 11.00-14.00 น.|ช่วงเย็นถึงสามทุ่ม] "
            "[ทำให้คนเดินเท้าต้องลงไปเดินบนถนน|มีน้ำมันไหลลงท่อ|] " + _ASK
        ),
    ),
    Frame(
        id="service_issue.credible.real_nuisance_shop_goods_encroach",
        category="service_issue",
        credibility="credible",
        voice="resident, web form",
        channels=_CITY,
        setting="city",
        text=(
            "[ร้านวัสดุก่อสร้าง|ร้านขายต้นไม้|ร้านซ่อมรถ|ร้านขายของชำ]วางสินค้า[ล้ำออกมา|ยื่นออกมา]บนทางเท้าและไหล่ทาง "
            "[ซอย{soi}|ถนน{bkk_road}] เขต{khet} [มีรถจอดขนของขวางทาง|ทำให้รถสวนกันไม่ได้|คนเดินเดินไม่ได้] "
            + _AGAIN
            + " [รบกวนตรวจสอบ|ขอให้ดำเนินการตามระเบียบ|ช่วยตักเตือนด้วย]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_nuisance_site_dust_mud",
        category="service_issue",
        credibility="credible",
        voice="resident near a building site",
        channels=_CITY,
        setting="city",
        text=(
            "<<ไซต์ก่อสร้าง[คอนโด|อาคาร|บ้านจัดสรร]ใน[ซอย{soi}|ซอย {soi}] "
            "##[รถขนดินทำดินโคลนหล่นเต็มถนน|ฝุ่นฟุ้งเข้าบ้าน|ไม่ล้างล้อรถ ถนนลื่น] >>"
            "[ ช่วงบ่าย| ทุกวัน| ตั้งแต่สัปดาห์ที่แล้ว|] [มอเตอร์ไซค์ล้มไปแล้ว|เด็กในบ้านไอทั้งคืน|ถนนสกปรกมาก] " + _ASK
        ),
    ),
    Frame(
        id="service_issue.credible.real_nuisance_site_noise_hours",
        category="service_issue",
        credibility="credible",
        voice="resident, terse, gives hours",
        channels=_CITY,
        setting="city",
        text=(
            "[ก่อสร้างเสียงดัง|ตอกเสาเข็มเสียงดัง|เครื่องจักรเสียงดัง][ตั้งแต่ตีห้า|ถึงสี่ทุ่ม|เกินเวลา 22.00 น.|ทั้งวันอาทิตย์] "
            "[ซอย{soi}|ถนน{bkk_road} ใกล้{place}] แขวง{khwaeng} เขต{khet} "
            + _AGAIN
            + " [นอนไม่ได้|เด็กเล็กตกใจตื่น|]"
            " [ขอให้ตรวจสอบเวลาทำงาน|ช่วยดูแลด้วย|ฝากตรวจสอบ]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_nuisance_bar_noise",
        category="service_issue",
        credibility="credible",
        voice="resident kept awake, short",
        channels=_CITY,
        setting="city",
        text=(
            "[ร้านเหล้า|ผับ|ร้านอาหารกึ่งผับ|ร้านคาราโอเกะ][เปิดเพลงเสียงดัง|เปิดดนตรีสด|ลูกค้าส่งเสียงดัง]"
            "[ถึงตีสอง|เกินเที่ยงคืน|ทุกคืนวันศุกร์-เสาร์] [ซอย{soi}|ในซอย{soi}] "
            "[รบกวนชาวบ้าน|คนแก่ในบ้านนอนไม่ได้|] " + _AGAIN + " " + _ASK
        ),
    ),
    Frame(
        id="service_issue.credible.real_nuisance_dumping_vacant_lot",
        category="service_issue",
        credibility="credible",
        voice="resident, terse",
        channels=_CITY,
        setting="city",
        text=(
            "มีคนแอบ[ทิ้งขยะ|ทิ้งเศษวัสดุก่อสร้าง|ทิ้งที่นอนเก่า]ที่[ที่ดินว่าง|ริมคลอง|ข้างทาง][ซอย{soi}|ปากซอย{soi}] "
            "[ช่วงกลางคืน|ตอนตีสี่|ทุกสัปดาห์] [ส่งกลิ่นเหม็น|มีหนูเยอะ|กองสูงเกือบเมตร] " + _ASK
        ),
    ),
    Frame(
        id="service_issue.credible.real_nuisance_burning_smoke",
        category="service_issue",
        credibility="credible",
        voice="resident with a sick child",
        channels=_CITY,
        setting="city",
        text=(
            "[มีการเผาขยะ|มีคนเผาหญ้า|ร้านข้างบ้านเผาถ่าน]ควันเข้าบ้าน[ทุกเย็น|ทุกเช้า|หลายวันแล้ว] "
            "[ซอย{soi} เขต{khet}|แขวง{khwaeng} เขต{khet}] [ลูกเป็นภูมิแพ้|หายใจไม่ออก|กลิ่นติดผ้า] " + _ASK
        ),
    ),
    Frame(
        id="service_issue.credible.real_nuisance_driveway_blocked",
        category="service_issue",
        credibility="credible",
        voice="homeowner, terse with a plate",
        channels=_CITY,
        setting="city",
        text=(
            "[รถจอดขวางหน้าบ้าน|รถจอดขวางทางเข้าออก|รถจอดแช่หน้าประตูบ้าน] [ซอย{soi}|{soi}] "
            "[ทะเบียน {plate}|ไม่ทราบทะเบียน|] [เอารถออกไม่ได้|ต้องไปทำงานไม่ได้|จอดมาสองวันแล้ว] " + _ASK
        ),
    ),
    Frame(
        id="service_issue.credible.real_nuisance_road_lane_taken",
        category="service_issue",
        credibility="credible",
        voice="driver, terse",
        channels=_CITY,
        setting="city",
        text=(
            "[แนวรั้วก่อสร้าง|กองวัสดุ|แผงกั้นงานก่อสร้าง]กินเลนถนน{bkk_road}[ขาออก|ขาเข้า|] "
            "[ช่วงใกล้{place}|ก่อนถึงแยก|หน้าซอย{soi}] [ไม่มีไฟเตือนตอนกลางคืน|รถติดยาวทุกเย็น|เหลือเลนเดียว] "
            + _AGAIN
            + " "
            + _ASK
        ),
    ),
    Frame(
        id="service_issue.credible.real_nuisance_grease_drain",
        category="service_issue",
        credibility="credible",
        voice="resident, short",
        channels=_CITY,
        setting="city",
        text=(
            "[ร้านอาหาร|ร้านหมูกระทะ|แผงขายอาหาร][เทน้ำมัน|เทน้ำล้างจาน|ทิ้งเศษอาหาร]ลงท่อระบายน้ำ[หน้าร้าน|ริมทางเท้า] "
            "[ซอย{soi}|ถนน{bkk_road}] [ท่อตัน น้ำเอ่อ|เหม็นมาก|มีแมลงสาบเต็ม] " + _ASK
        ),
    ),
    Frame(
        id="service_issue.credible.real_nuisance_repeat_still_same",
        category="service_issue",
        credibility="credible",
        voice="resident following up a nuisance ticket, no allegation",
        channels=_CITY,
        setting="city",
        hard="service_official",
        text=(
            "[แจ้งไปแล้วเมื่อเดือนที่แล้ว|แจ้งครั้งที่{count}|แจ้งเรื่องเดิมอีกครั้ง] "
            "[รถเข็นขายของ|แผงลอย|รถจอดซ้อนคัน|ร้านที่เปิดเพลงดัง][หน้าซอย{soi}|แถว{place}] "
            "[ตอนนี้ยังเหมือนเดิม|ยังมีอยู่ทุกวัน|ช่วงนี้กลับมาอีกแล้ว] "
            "[เจ้าหน้าที่เคยมาดูแล้วดีขึ้นช่วงหนึ่ง|เข้าใจว่าเจ้าหน้าที่งานเยอะ|] [รบกวนมาดูอีกครั้ง|ฝากติดตามด้วย|ขอบคุณค่ะ|ขอบคุณครับ]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_nuisance_operator_vendor",
        category="service_issue",
        credibility="credible",
        voice="1555 operator writing up a caller's complaint",
        channels=("web_form",),
        setting="city",
        speaker="operator",
        text=(
            "ผู้ร้องแจ้งว่า [มีผู้ค้า|มีร้านค้า|มีรถเข็น]ตั้งวางสินค้าบนทางเท้า[บริเวณ|ที่]ซอย{soi} แขวง{khwaeng} เขต{khet} "
            "[ช่วงเวลา 16.00-21.00 น.|ตลอดวัน|ช่วงเช้า] [ทำให้ประชาชนสัญจรไม่สะดวก|กีดขวางทางเดิน] "
            "[จึงขอให้หน่วยงานที่เกี่ยวข้องตรวจสอบ|ขอให้ตรวจสอบและดำเนินการ]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_nuisance_operator_noise",
        category="service_issue",
        credibility="credible",
        voice="1555 operator writing up a noise complaint",
        channels=("web_form",),
        setting="city",
        speaker="operator",
        text=(
            "ผู้ร้องแจ้งว่า [บริเวณ|ที่]ซอย{soi} [มีการก่อสร้าง|มีร้านอาหาร|มีโกดังสินค้า]ส่งเสียงดัง[ในเวลากลางคืน|ตั้งแต่เช้ามืด] "
            "[ได้รับความเดือดร้อน|รบกวนการพักผ่อน] [ขอให้ตรวจสอบ|ขอให้เข้าตรวจสอบและแก้ไข]"
        ),
    ),
    Frame(
        id="service_issue.frivolous.real_nuisance_everywhere_rant",
        category="service_issue",
        credibility="frivolous",
        voice="passer-by venting with nothing to locate",
        channels=_CITY,
        setting="city",
        text=(
            "[มอเตอร์ไซค์ขี่บนฟุตบาททั่วกรุงเทพ|รถจอดบนทางเท้าทุกที่|แผงลอยเต็มเมือง|เสียงดังทั้งเมือง]"
            "[ เมื่อไหร่จะหมด| เบื่อ| เซ็ง|!!] [ประเทศนี้ไม่มีวินัย|คนไทยไม่มีจิตสำนึก|]"
        ),
    ),
    # --- the shortest real tickets: a problem and a place, nothing else (credible: the app geotags it)
    Frame(
        id="service_issue.credible.real_terse_problem_place",
        category="service_issue",
        credibility="credible",
        voice="a resident typing the fewest words possible",
        channels=_CITY,
        setting="city",
        text=(
            "[ไฟดับ|ไฟส่องสว่างดับ|ไฟทางดับ[ทั้งแถบ|หลายดวง|]|ท่อประปาแตก|น้ำท่วมขัง|ขยะล้น|ถนนยุบ|ถนนเป็นหลุม|ฝาท่อหาย|ฝาท่อแตก"
            "|เสาไฟเอียง|ต้นไม้ล้มขวางทาง|กิ่งไม้พาดสายไฟ|สายไฟห้อยต่ำ|ฟุตบาทพัง|ทางเท้าทรุด|น้ำเน่าส่งกลิ่น|สัญญาณไฟจราจรเสีย]"
            "[ ซอย{soi}| ปากซอย{soi}| ถนน{bkk_road}| หน้าปากซอย{soi}| แขวง{khwaeng}| ซ.{soi}| ในซอย{soi}| ถ.{bkk_road}|||||||]"
            "[ เขต{khet}|||][ค่ะ|ครับ|คะ|!!|||]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_terse_two_problems",
        category="service_issue",
        credibility="credible",
        voice="a resident listing what is wrong",
        channels=_CITY,
        setting="city",
        text=(
            "[ซอย{soi}|{soi}|ถนน{bkk_road}] [ไฟดับ|ท่อตัน|น้ำท่วม|ขยะเต็ม][ และ| +| ,] "
            "[ทางเท้าแตก|ฝาท่อชำรุด|มีกลิ่นเหม็น|ยุงเยอะ|ต้นไม้รก] [รบกวนด้วย|ช่วยแก้ไขด้วย|ด่วน|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_terse_still_waiting",
        category="service_issue",
        credibility="credible",
        voice="resident following up, no allegation (slow is not wrongdoing)",
        channels=_CITY,
        setting="city",
        text=(
            "[เรื่องเดิม|แจ้งซ้ำ|ติดตามเรื่อง|ครั้งที่{count}] [ยังไม่ได้ซ่อม|ยังไม่มีคนมา|ยังเหมือนเดิม|ยังไม่เรียบร้อย]"
            "[ ซอย{soi}| ถนน{bkk_road}| เขต{khet}|] [ช่วยเร่งด้วย|รอนานแล้ว|ขอบคุณครับ|ขอบคุณค่ะ|!!!|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_terse_question_when",
        category="service_issue",
        credibility="credible",
        voice="resident asking when a repair will come",
        channels=_CITY,
        setting="city",
        text=(
            "[[ถนน|ท่อ|ฟุตบาท]ที่[ซอย{soi}|ถนน{bkk_road}][ พังมาเดือนนึงแล้ว| ขุดไว้]|ไฟที่[ซอย{soi}|หน้าปากซอย{soi}] เสียอยู่] "
            "[จะมาซ่อมเมื่อไหร่|จะเสร็จเมื่อไหร่|มีกำหนดซ่อมไหม][คะ|ครับ|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_terse_object_broken",
        category="service_issue",
        credibility="credible",
        voice="a passer-by reporting one broken thing from the app (the app sends the location)",
        channels=_CITY,
        setting="city",
        text=(
            "[[เก้าอี้ที่ป้ายรถเมล์|ม้านั่งในสวน|ราวสะพานลอย|รั้วริมคลอง|ฝาท่อ|กระเบื้องทางเท้า][พัง|ชำรุด|แตก|หัก|หลุด]"
            "|[โคมไฟ|ไฟทาง|ไฟส่องสว่าง|ไฟในสวน][ไม่ติด|เสีย|ดับ|กระพริบทั้งคืน]"
            "|[ท่อน้ำ|ก๊อกน้ำสาธารณะ|ท่อประปา][รั่ว|แตก]|[ป้ายบอกทาง|ป้ายจราจร][สีซีดมองไม่เห็น|ล้ม|หาย]|ทางม้าลาย[สีซีด|ลบเลือนมองไม่เห็น]"
            "|[เสาไฟ|ต้นไม้|ป้ายโฆษณา][เอียงจะล้ม|ล้มขวางทาง]|สัญญาณไฟจราจร[ไม่ทำงาน|ค้างไฟแดง]]"
            "[แล้ว|อีกแล้ว|มาหลายวัน|ทั้งแถว|]"
            "[ค่ะ|ครับ|คะ|นะคะ|นะครับ|| อันตราย| ช่วยซ่อมด้วย| รบกวนด้วย||]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_terse_request_improvement",
        category="service_issue",
        credibility="credible",
        voice="a resident asking the city for an improvement",
        channels=_CITY,
        setting="city",
        text=(
            "[อยากให้|ขอให้|รบกวน|ขอความอนุเคราะห์]"
            "[[ทำลูกระนาด|ติดกระจกโค้ง|ทาสีทางม้าลายใหม่|ติดป้ายลดความเร็ว][ตรงนี้|ในซอยนี้|หน้าโรงเรียน|ตรงทางโค้ง|]"
            "[ เพราะรถวิ่งเร็ว| เพราะเด็กเดินผ่านทุกวัน| เพราะเคยมีอุบัติเหตุ|]"
            "|[ติดไฟส่องสว่างเพิ่ม|ติดกล้องวงจรปิด|ตัดแต่งกิ่งไม้ที่บังไฟ][ตรงนี้|ในซอยนี้|บริเวณนี้|][ เพราะมืดมาก| กลางคืนน่ากลัว|]"
            "|[ลอกท่อ|ลอกคลอง|ยกระดับถนน][ตรงนี้|ในซอยนี้|][ น้ำท่วมทุกครั้งที่ฝนตก| น้ำระบายไม่ทัน|]"
            "|[เพิ่มถังขยะ|ปรับปรุงทางเท้า|ซ่อมผิวถนน|ติดป้ายห้ามจอด][ตรงนี้|บริเวณนี้|หน้าตลาด|]]"
            "[ค่ะ|ครับ|||]"
        ),
    ),
    # --- follow-ups that mention staff or the district without alleging anything (rule 3; service_official)
    Frame(
        id="service_issue.credible.real_followup_staff_came",
        category="service_issue",
        credibility="credible",
        voice="resident following up after staff inspected, no allegation",
        channels=_CITY,
        setting="city",
        hard="service_official",
        text=(
            "[เจ้าหน้าที่|จนท.|ทางเขต|ฝ่ายโยธา|เจ้าหน้าที่เขต]มา[ดู|สำรวจ|ตรวจ]แล้ว[เมื่อสัปดาห์ก่อน|เมื่อวาน|]"
            "[ บอกว่าต้องรองบประมาณ| บอกว่าต้องส่งเรื่องต่อให้การไฟฟ้า| บอกว่าจะเอาเข้าแผนซ่อม| แต่ยังซ่อมไม่เสร็จ|] "
            "[ตอนนี้|ล่าสุด][ยังเหมือนเดิม|น้ำยังขังอยู่|ไฟยังดับอยู่|หลุมยังอยู่] [ซอย{soi}|ถนน{bkk_road}|] "
            "[รบกวนติดตามให้ด้วย|ขอทราบความคืบหน้า|ขอบคุณที่มาดูครับ|ขอบคุณที่มาดูค่ะ|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_followup_in_progress_long",
        category="service_issue",
        credibility="credible",
        voice="resident whose ticket has sat 'in progress', asks for news",
        channels=_CITY,
        setting="city",
        hard="service_official",
        text=(
            "[เรื่องขึ้นสถานะ|สถานะเรื่อง|ระบบแจ้งว่า]'[กำลังดำเนินการ|อยู่ระหว่างดำเนินการ|รับเรื่องแล้ว]'"
            "[มา{count}สัปดาห์แล้ว|ตั้งแต่เดือนที่แล้ว|นานแล้ว] [ยังไม่เห็นมีใครมาทำ|ยังไม่คืบหน้า|ยังไม่ได้ซ่อม] "
            "[ท่อตัน|ไฟดับ|ถนนเป็นหลุม|ทางเท้าทรุด|ฝาท่อหาย][ซอย{soi}|หน้าปากซอย{soi}|] "
            "[ขอทราบกำหนดการด้วย|ช่วยเร่งให้หน่อย|รอนานแล้ว|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_followup_called_1555",
        category="service_issue",
        credibility="credible",
        voice="resident who also phoned the hotline, no allegation",
        channels=_CITY,
        setting="city",
        text=(
            "[โทรแจ้ง 1555 แล้ว|แจ้งทางสายด่วน 1555 แล้ว|แจ้งเขตทางโทรศัพท์แล้ว][ เมื่อวาน| เมื่อเช้า|] "
            "[ได้รับเรื่องแล้ว|เจ้าหน้าที่รับเรื่องไว้แล้ว|บอกว่าจะส่งทีมมา] แจ้งในนี้อีกทาง "
            "[ต้นไม้ล้มทับสายไฟ|น้ำท่วมขังสูง|ท่อประปาแตกน้ำพุ่ง|ไฟดับทั้งซอย][ ซอย{soi}| แขวง{khwaeng}|] [ด่วนครับ|ด่วนค่ะ|ขอบคุณ|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_wrong_agency_routing",
        category="service_issue",
        credibility="credible",
        voice="resident whose ticket went to the wrong office",
        channels=_CITY,
        setting="city",
        hard="service_official",
        text=(
            "[เรื่องถูกส่งไป|ระบบส่งเรื่องไป|เขตตอบว่าต้องส่งไป][ผิดหน่วยงาน|การไฟฟ้า|การประปา|สำนักการโยธา] "
            "[ขอให้ส่งต่อให้ถูกที่|ไม่ทราบว่าต้องแจ้งที่ไหน|รบกวนประสานให้ด้วย] "
            "[สายไฟห้อย|ท่อแตก|ไฟทางดับ|ถนนยุบ][ซอย{soi}|ถนน{bkk_road}|]"
        ),
    ),
    # --- queues, waiting and unanswered lines at public offices: the service itself, no official's act alleged
    Frame(
        id="service_issue.credible.real_queue_public_hospital",
        category="service_issue",
        credibility="credible",
        voice="patient or relative at a city hospital, no staff blamed",
        channels=_CITY,
        setting="city",
        text=(
            "[โรงพยาบาล|รพ.|ศูนย์บริการสาธารณสุข][ของ กทม.|ในเขต{khet}|] "
            "[รอคิวตรวจ|รอรับยา|รอใบนัด|รอบัตรคิว][นานมาก|เกือบสามชั่วโมง|ตั้งแต่เจ็ดโมงเช้ายันบ่าย|ทั้งวัน] "
            "[เก้าอี้ไม่พอ คนแก่ต้องยืน|ห้องรอร้อนมาก แอร์เสีย|จุดรับยามีช่องเดียว|] "
            "[อยากให้เพิ่มช่องบริการ|อยากให้มีระบบคิวออนไลน์|ขอให้ปรับปรุงด้วย|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_queue_district_office",
        category="service_issue",
        credibility="credible",
        voice="resident at the district office counter, no staff blamed",
        channels=_CITY,
        setting="city",
        text=(
            "[ไปทำบัตรประชาชน|ไปแจ้งย้ายทะเบียนบ้าน|ไปจ่ายภาษีที่ดิน|ไปขอเอกสาร]ที่สำนักงานเขต{khet} "
            "[คิวยาวมาก|รอสองชั่วโมงกว่า|บัตรคิวหมดตั้งแต่สิบโมง|ระบบล่ม ต้องกลับมาใหม่] "
            "[เจ้าหน้าที่มีน้อย|เปิดแค่สองช่อง|ที่จอดรถไม่พอ|] [อยากให้เพิ่มวันหยุดเปิดบริการ|ขอให้เพิ่มช่องบริการ|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_bus_service_gap",
        category="service_issue",
        credibility="credible",
        voice="commuter on a city bus route",
        channels=_CITY,
        setting="city",
        text=(
            "รถเมล์[สาย {count}|สาย 5{count}|ที่ผ่านถนน{bkk_road}][ไม่มาเลยเกือบชั่วโมง|ตอนเช้าคันเดียว|หยุดวิ่งหลังสองทุ่ม] "
            "[รอที่ป้าย{place}|ที่ป้ายหน้าปากซอย{soi}] [คนรอเต็มป้าย|ไปทำงานสายทุกวัน|] "
            "[ขอให้เพิ่มรอบ|ช่วยเพิ่มรถช่วงเช้าด้วย|]"
        ),
    ),
    Frame(
        id="service_issue.credible.real_app_and_line_busy",
        category="service_issue",
        credibility="credible",
        voice="resident who cannot get through",
        channels=_CITY,
        setting="city",
        text=(
            "[โทร 1555 ไม่ติด|สายด่วนไม่มีคนรับ|โทรเขตไม่มีคนรับสาย|แอปแจ้งเรื่องเข้าไม่ได้][ตั้งแต่เช้า|สามวันแล้ว|ทุกครั้งที่โทร] "
            "[เลยมาแจ้งในนี้|ไม่รู้จะแจ้งทางไหน] [ไฟดับ|น้ำท่วมขัง|ต้นไม้ล้ม|ท่อแตก][ซอย{soi}|ถนน{bkk_road}|]"
        ),
    ),
]
