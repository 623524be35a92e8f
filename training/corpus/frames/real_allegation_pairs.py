"""The allegation twins of the terse service tickets: same settings, same words, one clause that alleges.

Each frame here mirrors a frame of :mod:`real_service_terse` (vendors and a request to the เทศกิจ, parking and a
request to the ตำรวจ, an abandoned car, an extension on the public soi, a repeat of a closed ticket, an operator's
follow-up) and adds one short, explicit clause that alleges an act or omission, as real writers do:
"เทศกิจเห็นแต่ไม่เคยทำอะไร" (tolerating a violation: ``abuse_of_power``, LABELS.md rule 1), "ตำรวจบอกไม่ใช่หน้าที่"
(refusing: rule 3's other side), "ปิดเรื่องว่าแก้แล้วแต่ยังไม่ได้แก้" (a false completion report: ``misconduct``,
rule 4), rudeness of the staff who came. A last group adds the third side of the same settings: a tentative hint
that someone is paid to look away ("น่าจะได้ส่วย", "จ่ายแล้วจบใช่ไหม"), which makes it ``bribery`` (rule 2).
The words the service frames share (เขต, แจ้ง, เจ้าหน้าที่, เสร็จสิ้น, รูป) thus occur on both sides; only
the alleging clause tells them apart. ป้อม, ห้าม and the re-open marker ครั้งที่ are left to the service side:
the corpus already has many abuse_of_power frames with a police box and a banned act, and real tickets use
them mostly as a landmark, a sign and a repeat.
"""

from training.corpus.frames.base import Frame
from training.corpus.frames.real_service_issue import HOUSE_NO, ROAD, SOI
from training.corpus.frames.real_service_terse import AGAIN, PHOTO, POLITE, PROBLEM, REF, WINDOW

_CITY = ("web_form", "line_chat")

FRAMES: list[Frame] = [
    # ------------------------------------------------------------------ abuse_of_power: tolerated, ignored, refused
    Frame(
        id="abuse_of_power.credible.real_pair_stalls_tesakit_sees",
        category="abuse_of_power",
        credibility="credible",
        voice="commuter: stalls at a station exit, and the tesakit walk past them (twin of the request frame)",
        channels=_CITY,
        setting="city",
        hard="two_category",
        text=(
            "[ขอให้เทศกิจ|รบกวนเทศกิจเขต{khet}|ขอให้เทศกิจช่วย]มาจัดระเบียบ"
            "[ร้านค้า|แผงลอย|รถเข็นขายอาหาร]"
            "[ตรงทางลงสถานีรถไฟฟ้า|หน้าทางขึ้นสะพานลอย|ตรงป้ายรถเมล์] " + ROAD + " " + WINDOW + " ตั้งแผงเต็มทางเท้า "
            "[เทศกิจเดินผ่านเห็นทุกวันแต่ไม่เคยทำอะไร|เทศกิจเห็นแต่ไม่เคยทำอะไร|เทศกิจยืนคุยกับแม่ค้าแล้วก็ปล่อยให้ขายต่อ"
            "|เทศกิจมาถ่ายรูปแล้วก็ปล่อยเหมือนเดิม]" + POLITE
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_pair_parking_police_refuse",
        category="abuse_of_power",
        credibility="credible",
        voice="driver who asked the police about double parking and was told it is not their job",
        channels=_CITY,
        setting="city",
        hard="two_category",
        text=(
            "[รถจอดซ้อนคัน|รถจอดสองแถว|รถตู้จอดรอลูกค้า]"
            "[หน้า[ห้าง|ตลาด|โรงพยาบาล]|ปากซอย] " + ROAD + " " + WINDOW + " "
            "[เหลือช่องจราจรเลนเดียว|รถเมล์เข้าป้ายไม่ได้] "
            "[โทรแจ้ง สน.{khet}แล้ว|แจ้งตำรวจจราจรแล้ว|เดินไปบอกตำรวจจราจรแล้ว] "
            "[ตำรวจบอกว่าไม่ใช่หน้าที่|ตำรวจบอกให้ไปคุยกันเอง|ตำรวจบอกว่าจับไม่ได้ แล้วก็ไม่มา]"
            "[ ทั้งที่เป็นหน้าที่โดยตรง|]" + POLITE
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_pair_abandoned_car_khet_ignores",
        category="abuse_of_power",
        credibility="credible",
        voice="resident: an abandoned car, and the district that ignores repeated reports",
        channels=_CITY,
        setting="city",
        hard="two_category",
        text=(
            "[รถเก๋ง|รถกระบะ|รถตู้][เก่า|สีเทา|สีขาว]จอดทิ้งไว้"
            "[ข้างทาง|หน้าบ้านเลขที่ " + HOUSE_NO + "|ปากซอย] " + SOI + " "
            "[นานกว่า [4|6] เดือน|เป็นปีแล้ว] "
            "[แจ้งเขต{khet}ไป [3|4|5] ครั้ง|แจ้งไปหลายรอบ|แจ้งซ้ำมาหลายรอบ] "
            "[เขตเพิกเฉย ไม่เคยมาดู|เจ้าหน้าที่รับเรื่องแล้วเงียบ ไม่มีใครมาสักครั้ง|เขตปล่อยปละละเลย ไม่ดำเนินการอะไรเลย]"
            + POLITE
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_pair_extension_let_finish",
        category="abuse_of_power",
        credibility="credible",
        voice="neighbour: an extension on the public soi that officials watched being finished",
        channels=_CITY,
        setting="city",
        hard="two_category",
        text=(
            "[บ้านเลขที่ " + HOUSE_NO + " |ร้านซ่อมรถในซอย|บ้านหลังที่ [3|4] จากปากซอย]"
            "[ต่อเติมหลังคา|ก่อรั้ว|เทปูนยกพื้น][รุกล้ำที่สาธารณะ|ยื่นออกมาบนถนนสาธารณะ] " + SOI + " "
            "[แจ้งเขตตั้งแต่เริ่มสร้าง|แจ้งตั้งแต่ยังตั้งเสาอยู่] "
            "[เจ้าหน้าที่มาดูแล้วปล่อยให้สร้างต่อจนเสร็จ|เจ้าหน้าที่มาดูแล้วบอกว่าไม่เป็นไร ทั้งที่ล้ำออกมาเห็นๆ"
            "|เขตรับเรื่องแต่ไม่เคยลงมาดู ตอนนี้สร้างเสร็จแล้ว]"
            "[ " + PHOTO + "|]" + POLITE
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_pair_racing_police_never_come",
        category="abuse_of_power",
        credibility="credible",
        voice="resident on a racing road: the police take the calls and never come",
        channels=_CITY,
        setting="city",
        hard="two_category",
        text=(
            "[เด็กแว้นแข่งรถ|มอไซค์แต่งท่อมาแข่งกัน] " + ROAD + " "
            "[ทุกคืนวันศุกร์เสาร์|เกือบทุกคืน] [ตั้งแต่เที่ยงคืนถึงตีสาม|หลังสี่ทุ่ม] "
            "[โทรแจ้ง 191 ทุกอาทิตย์|แจ้ง สน.{khet} มาเป็นเดือน|แจ้งมา [3|4] รอบแล้ว] "
            "[ตำรวจรับเรื่องแล้วไม่เคยมาสักครั้ง|ตำรวจไม่เคยมาเลย|ตำรวจบอกจะส่งสายตรวจมาแต่ไม่เคยเห็น]"
            "[ ปล่อยให้แข่งกันทุกคืน|]" + POLITE
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_pair_car_wash_khet_never_comes",
        category="abuse_of_power",
        credibility="credible",
        voice="resident: a car-wash shop on the road and a district that never inspects",
        channels=_CITY,
        setting="city",
        hard="two_category",
        text=(
            "[ร้านคาร์แคร์|ร้านล้างรถ]ใน" + SOI + " "
            "[ล้างรถบนถนน น้ำไหลเต็มซอย|จอดรถลูกค้ารอคิวเต็มถนน] "
            "[ร้องเรียนเขตมา [3|4] ครั้ง|แจ้งไปหลายรอบ|แจ้งตั้งแต่ต้นปี] "
            "[เขตไม่เคยลงมาตรวจสักครั้ง|เจ้าหน้าที่เขตละเลย ไม่เคยมาดู|เขตปล่อยปละละเลย]" + POLITE
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_pair_moto_taxi_passed_around",
        category="abuse_of_power",
        credibility="credible",
        voice="pedestrian passed between tesakit and police about a moto-taxi queue on the footpath",
        channels=_CITY,
        setting="city",
        hard="two_category",
        text=(
            "[วินมอเตอร์ไซค์|วินมอไซค์]จอดเต็มทางเท้า"
            "[ตรงทางลงสถานีรถไฟฟ้า|ตรงป้ายรถเมล์|หน้าเซเว่น] " + ROAD + " "
            "[แจ้งเทศกิจ เทศกิจบอกเป็นเรื่องของตำรวจ แจ้งตำรวจ ตำรวจบอกเป็นเรื่องของเทศกิจ"
            "|เทศกิจกับตำรวจโยนกันไปมา]"
            "[ ไม่มีใครทำ| สุดท้ายไม่มีใครมา| แจ้งมา [3|4] รอบแล้ว]" + POLITE
        ),
    ),
    # ------------------------------------------------------------------ misconduct: false completion, rudeness
    Frame(
        id="misconduct.credible.real_pair_closed_not_fixed",
        category="misconduct",
        credibility="credible",
        voice="resident re-opening a ticket closed as done when nothing was done (twin of the closed-ticket repeat)",
        channels=_CITY,
        setting="city",
        hard="two_category",
        text=(
            AGAIN + " "
            "[เรื่องเดิม|ตามเรื่องเดิมรหัส " + REF + "|อ้างอิงเรื่อง " + REF + "|เรื่องเดิมรหัส " + REF + " ลงวันที่ {date}] "
            "[ปิดเรื่องว่าแก้แล้วแต่ยังไม่ได้แก้|แจ้งผลว่าดำเนินการเสร็จสิ้น แต่ไม่มีใครมาเลย"
            "|ปิดงานว่าเรียบร้อยแล้ว ทั้งที่ยังไม่ได้ทำอะไร] "
            + PROBLEM
            + " "
            + SOI
            + "[ รบกวนตรวจสอบอีกครั้ง| ขอให้มาทำจริงๆ|]"
            + POLITE
        ),
    ),
    Frame(
        id="misconduct.credible.real_pair_operator_false_done",
        category="misconduct",
        credibility="credible",
        voice="operator: the caller says the unit reported the job done and nobody came (twin of the operator follow-up)",
        channels=("web_form",),
        setting="city",
        speaker="operator",
        text=(
            "ปัญหา: ผู้ร้องแจ้งว่า[เคยร้องเรียนเรื่อง|ได้เคยแจ้งเรื่อง]"
            "[ท่อระบายน้ำอุดตัน|ไฟฟ้าส่องสว่างดับ|ร้านค้าตั้งวางสินค้าบนทางเท้า|ขยะตกค้าง]ไว้แล้ว "
            "[หน่วยงานแจ้งผลว่าดำเนินการเสร็จสิ้นแล้ว|เรื่องถูกปิดโดยระบุว่าแก้ไขแล้ว] "
            "แต่ผู้ร้องยืนยันว่า[ไม่มีเจ้าหน้าที่เข้ามาดำเนินการ|ยังไม่มีผู้ใดเข้ามาแก้ไข|รูปที่แนบในการปิดเรื่องไม่ใช่จุดเกิดเหตุ] "
            "[ขอให้ตรวจสอบการปิดเรื่องดังกล่าว|ขอให้เข้าดำเนินการจริง]"
            "ซอย: {bkk_road} [9|15|31|48|77]ถนน: {bkk_road}เขต: {khet}[#1555|]"
        ),
    ),
    Frame(
        id="misconduct.credible.real_pair_garbage_reported_collected",
        category="misconduct",
        credibility="credible",
        voice="resident: the ticket says the garbage was collected; it was not",
        channels=_CITY,
        setting="city",
        text=(
            "[ขยะกองปากซอย|ขยะชิ้นใหญ่กองข้างถัง|ถุงขยะกองหน้าเสาไฟ] " + SOI + " "
            "[แจ้งผลว่าเก็บขนเรียบร้อยแล้ว|ขึ้นสถานะว่าเก็บเรียบร้อย|ปิดเรื่องว่าเก็บแล้ว]"
            "[ แต่ขยะยังกองอยู่เต็ม| แต่ยังอยู่ที่เดิมทุกถุง| แต่ไม่มีรถมาเลย] "
            "[รูปที่แนบปิดเรื่องถ่ายจากอีกมุมที่ไม่เห็นกองขยะ|" + PHOTO + " ถ่ายเมื่อเช้านี้|ไม่ทราบว่าเก็บที่ไหน]" + POLITE
        ),
    ),
    Frame(
        id="misconduct.credible.real_pair_fogging_signed_whole_soi",
        category="misconduct",
        credibility="credible",
        voice="resident: the fogging crew sprayed the soi entrance and had the form signed for the whole soi",
        channels=_CITY,
        setting="city",
        text=(
            "[เจ้าหน้าที่มาพ่นยากันยุง|ทีมพ่นหมอกควันมา]"
            "[เมื่อวาน|เมื่อเช้า|วันเสาร์] " + SOI + " "
            "[พ่นแค่ปากซอยแล้วก็กลับ|พ่นไม่ถึงห้านาที ไม่ได้เข้าซอยเลย] "
            "[แต่ให้ประธานชุมชนเซ็นรับว่าพ่นครบทั้งซอย|แต่รายงานว่าพ่นครบทุกหลังคาเรือน|แต่ปิดเรื่องว่าดำเนินการครบแล้ว]"
            "[ ในซอยมีคนเป็นไข้เลือดออกอยู่| ยุงยังเต็มเหมือนเดิม|]" + POLITE
        ),
    ),
    Frame(
        id="misconduct.credible.real_pair_park_guard_rude",
        category="misconduct",
        credibility="credible",
        voice="jogger: a locked park toilet and park staff who shouted at him (twin of the park frame)",
        channels=_CITY,
        setting="city",
        speaker="male",
        text=(
            "ห้องน้ำในสวนสาธารณะ " + ROAD + " ปิดล็อก[ตั้งแต่ 4 โมงเย็น|ทั้งที่สวนยังเปิด] "
            "[ไปถามเจ้าหน้าที่ประจำสวน|ไปขอกุญแจเจ้าหน้าที่สวน] "
            "[เจ้าหน้าที่ตะคอกใส่ผมว่าไปเข้าที่อื่น|เจ้าหน้าที่พูดจาไม่สุภาพ ไล่ให้ไปเข้าปั๊ม|เจ้าหน้าที่ด่าว่ามาทำไมเวลานี้]ครับ "
            "[เมื่อวาน|วันอาทิตย์|เมื่อเย็นนี้][ ประมาณ [17.30|18.00|18.30] น.|]"
        ),
    ),
    Frame(
        id="misconduct.credible.real_pair_garbage_crew_rude",
        category="misconduct",
        credibility="credible",
        voice="resident: the collectors left spilled garbage and swore at her when asked",
        channels=_CITY,
        setting="city",
        speaker="female",
        text=(
            "รถเก็บขยะ[มาเก็บเมื่อเช้า|มาเก็บตอนตีห้า] " + SOI + " "
            "[เทขยะหล่นเต็มถนนแล้วไม่เก็บ|ถุงแตกน้ำขยะเลอะแล้วทิ้งไว้]ค่ะ "
            "[พอบอกให้เก็บให้เรียบร้อย|ดิฉันไปบอกดีๆ] "
            "[พนักงานตะคอกใส่ว่าไม่ใช่หน้าที่|พนักงานด่ากลับด้วยคำหยาบ|พนักงานบอกว่าอยากได้เรียบร้อยก็เก็บเอง]ค่ะ"
            "[ เป็นแบบนี้ทุกครั้ง| ไม่ใช่ครั้งแรก|]"
        ),
    ),
    # ------------------------------------------------------------------ second batch
    Frame(
        id="abuse_of_power.credible.real_pair_vacant_lot_khet_refuses",
        category="abuse_of_power",
        credibility="credible",
        voice="neighbour of an overgrown lot: the district refuses to use its power (twin of the vacant-house request)",
        channels=_CITY,
        setting="city",
        hard="two_category",
        text=(
            "[ที่ดินรกร้าง|บ้านร้าง]ข้างบ้าน " + SOI + " "
            "[หญ้าสูงเกินรั้ว มีงูเข้าบ้านบ่อย|ขยะสะสมเต็ม ยุงเยอะมาก] "
            "[แจ้งเขตมา [4|5] ครั้งแล้ว|แจ้งซ้ำมาหลายรอบ] "
            "[เขตตอบทุกครั้งว่าเป็นที่เอกชน ไม่ยอมออกหนังสือแจ้งเจ้าของ|เจ้าหน้าที่บอกว่าไม่ใช่หน้าที่ของเขต แล้วปิดเรื่อง"
            "|เจ้าหน้าที่ไม่ยอมดำเนินการตาม พ.ร.บ.การสาธารณสุข ทั้งที่เป็นอำนาจของเขต]" + POLITE
        ),
    ),
    Frame(
        id="abuse_of_power.credible.real_pair_nuisance_go_to_court",
        category="abuse_of_power",
        credibility="credible",
        voice="resident told by the district to sue the neighbour instead of acting (twin of the barking-dogs ticket)",
        channels=_CITY,
        setting="city",
        hard="two_category",
        text=(
            "[บ้านเลขที่ " + HOUSE_NO + "|บ้านฝั่งตรงข้าม] " + SOI + " "
            "[เลี้ยงหมา [15|20] กว่าตัว เห่าทั้งคืน|เลี้ยงไก่ชน ขันตั้งแต่ตีสี่ กลิ่นเหม็นมาก] "
            "[ร้องเรียนเขตมา [3|4] ครั้ง|แจ้งซ้ำมาหลายรอบ|แจ้งมาตั้งแต่ต้นปี] "
            "[เจ้าหน้าที่มาดูแล้วบอกให้ไปฟ้องศาลเอง ไม่ยอมออกคำสั่งให้แก้ไข"
            "|เจ้าหน้าที่บอกว่าเป็นเรื่องเพื่อนบ้านให้ไปคุยกันเอง ทั้งที่เป็นเหตุเดือดร้อนรำคาญ"
            "|เขตรับเรื่องแล้วไม่เคยเข้ามาตรวจวัดสักครั้ง]" + POLITE
        ),
    ),
    Frame(
        id="misconduct.credible.real_pair_car_reported_removed",
        category="misconduct",
        credibility="credible",
        voice="resident: the ticket says the abandoned car was removed; it is still there (twin of the abandoned-car ticket)",
        channels=_CITY,
        setting="city",
        text=(
            "[รถเก๋ง|รถกระบะ|รถตู้]จอดทิ้ง[ข้างทาง|ปากซอย] " + SOI + " "
            "[เรื่องเดิม " + REF + " |เรื่องเดิม |]"
            "[แจ้งผลว่าเคลื่อนย้ายเรียบร้อยแล้ว|ปิดเรื่องว่าเจ้าของนำรถออกแล้ว|ขึ้นสถานะเสร็จสิ้นว่ายกรถออกแล้ว] "
            "[แต่รถยังจอดอยู่ที่เดิม|แต่วันนี้รถยังอยู่ ฝุ่นเต็มเหมือนเดิม] "
            "[" + PHOTO + " ถ่ายวันนี้|มีแค่สติกเกอร์แปะไว้ที่กระจก|]" + POLITE
        ),
    ),
    # ------------------------------------------------------------------ bribery: the same settings, payment insinuated
    # Rule 2's side of the same contrast: a tentative hint that someone is paid to look away wins over the omission.
    Frame(
        id="bribery.credible.real_pair_stalls_tesakit_paid",
        category="bribery",
        credibility="credible",
        voice="commuter: stalls at a station exit, tesakit pass by, and a hint that they are paid (rule 2)",
        channels=_CITY,
        setting="city",
        hard="two_category",
        text=(
            "[ขอให้เทศกิจ|รบกวนเทศกิจเขต{khet}|ขอให้ส่วนกลาง]มาจัดระเบียบ"
            "[ร้านค้า|แผงลอย|รถเข็นขายอาหาร]"
            "[ตรงทางลงสถานีรถไฟฟ้า|หน้าทางขึ้นสะพานลอย|ตรงป้ายรถเมล์] " + ROAD + " " + WINDOW + " ตั้งแผงเต็มทางเท้า "
            "[เทศกิจเดินผ่านไม่เคยยุ่ง|เทศกิจมาแล้วก็ยืนคุยกับแม่ค้า] "
            "[น่าจะได้ส่วย|สงสัยว่ามีการจ่ายรายเดือน|จ่ายแล้วจบใช่ไหม|คงจ่ายกันเรียบร้อยแล้ว]"
        ),
    ),
    Frame(
        id="bribery.credible.real_pair_parking_traffic_cop_paid",
        category="bribery",
        credibility="credible",
        voice="driver: vans wait in a traffic lane every day, the traffic police never act, probably paid",
        channels=_CITY,
        setting="city",
        hard="two_category",
        text=(
            "[รถตู้จอดรอลูกค้า|รถทัวร์จอดแช่|แท็กซี่จอดเรียงคิว]"
            "[หน้า[ห้าง|ตลาด|โรงพยาบาล]|ริมถนน] "
            + ROAD
            + " "
            + WINDOW
            + " [เหลือช่องจราจรเลนเดียว|รถเมล์เข้าป้ายไม่ได้] "
            "[ตำรวจจราจรขี่ผ่านทุกวันไม่เคยเรียก|ตำรวจ สน.{khet} ก็เห็นอยู่ทุกวัน] "
            "[จ่ายกันรายเดือนหรือเปล่า|น่าจะมีส่วย|สงสัยว่ามีเงินใต้โต๊ะ|จ่ายแล้วจอดได้ใช่ไหม]"
        ),
    ),
    Frame(
        id="bribery.credible.real_pair_trucks_banned_hours_paid",
        category="bribery",
        credibility="credible",
        voice="resident on a road where heavy trucks run in banned hours; the police at the junction are probably paid",
        channels=_CITY,
        setting="city",
        hard="two_category",
        text=(
            "[รถบรรทุกสิบล้อ|รถบรรทุกดิน|รถพ่วง]"
            "[วิ่งช่วงเวลาห้าม|ยูเทิร์นกลางแยกขวางทุกเลน|วิ่งเข้าซอยเล็กจนถนนพัง] " + ROAD + " "
            "[ทุกวันช่วง [06.00-09.00|16.00-20.00] น.|ทั้งวัน] "
            "[ตำรวจอยู่ตรงแยกแท้ๆ ไม่เคยจับ|มีตำรวจประจำจุดแต่ปล่อยผ่านทุกคัน] "
            "[สงสัยว่าจ่ายกันเป็นรายเดือน|คงมีค่าผ่านทาง|จ่ายแล้วผ่านได้ใช่ไหม|น่าจะรับส่วยรถบรรทุก|จ่ายแล้วจบ?]"
        ),
    ),
    Frame(
        id="bribery.credible.real_pair_extension_owner_paid",
        category="bribery",
        credibility="credible",
        voice="neighbour: an extension on the public soi, officials looked and let it be, owner said to have paid",
        channels=_CITY,
        setting="city",
        hard="two_category",
        text=(
            "[บ้านเลขที่ " + HOUSE_NO + " |ร้านซ่อมรถในซอย]"
            "[ต่อเติมหลังคา|ก่อรั้ว|เทปูนยกพื้น]รุกล้ำที่สาธารณะ " + SOI + " "
            "[เจ้าหน้าที่เขตมาดูแล้วก็ปล่อยให้สร้างต่อ|เขตมาแล้วไม่ทำอะไร] "
            "[เจ้าของคุยในซอยว่าจ่ายไปแล้ว|สงสัยว่าเจ้าของจ่ายเงินไปแล้ว|ได้ยินว่ามีเงินใต้โต๊ะ]" + POLITE
        ),
    ),
    Frame(
        id="bribery.credible.real_pair_night_market_cash_collected",
        category="bribery",
        credibility="credible",
        voice="resident: a night market closes the soi and someone from the district collects cash from vendors",
        channels=_CITY,
        setting="city",
        text=(
            "[ตลาดนัดกลางคืน|ตลาดนัด]ตั้งร้านปิดทางใน" + SOI + " "
            "[ทุกวันพุธกับเสาร์|ทุกเย็นวันศุกร์] "
            "[เห็นเจ้าหน้าที่เทศกิจเดินเก็บเงินแม่ค้าทุกร้าน|มีคนใส่เสื้อเทศกิจมาเก็บเงินร้านละ [100|200] บาท] "
            "[ไม่มีใบเสร็จ|ตอนสองทุ่มทุกครั้ง|] "
            "[แล้วก็ปล่อยให้ปิดซอยต่อ|รถในซอยเข้าออกไม่ได้]" + POLITE
        ),
    ),
    Frame(
        id="bribery.credible.real_pair_moto_queue_paid",
        category="bribery",
        credibility="credible",
        voice="pedestrian: a moto-taxi queue on the footpath that the police see daily; pay and it's done?",
        channels=_CITY,
        setting="city",
        hard="two_category",
        text=(
            "[วินมอเตอร์ไซค์|วินมอไซค์]จอดเต็มทางเท้า"
            "[ตรงทางลงสถานีรถไฟฟ้า|ตรงป้ายรถเมล์|หน้าตลาด] " + ROAD + " "
            "[ตำรวจขี่ผ่านทุกวัน|ตำรวจจราจรก็เห็นทุกวัน|เทศกิจก็เห็นทุกวัน] "
            "[จ่ายแล้วจบ?|จ่ายแล้วจบใช่ไหม|จ่ายรายเดือนแล้วจอดได้?|สงสัยจ่ายกันแล้ว]"
        ),
    ),
    Frame(
        id="bribery.credible.real_pair_bar_after_hours_paid",
        category="bribery",
        credibility="credible",
        voice="resident: a bar plays music past closing, the police come and leave, probably paid",
        channels=_CITY,
        setting="city",
        hard="two_category",
        text=(
            "[ร้านเหล้า|ผับ|ร้านคาราโอเกะ][ใน|ติด]" + SOI + " "
            "[เปิดเพลงดังถึงตีสาม|เปิดเกินเวลาทุกคืน|เปิดถึงเช้า] "
            "[ตำรวจ สน.{khet} มาแล้วก็กลับ|ตำรวจมาจอดหน้าร้านแป๊บเดียวแล้วไป|แจ้งตำรวจแล้วมาคุยกับเจ้าของแล้วก็ไป] "
            "[จ่ายแล้วจบ?|น่าจะได้ส่วยรายเดือน|สงสัยว่าร้านจ่ายไปแล้ว|เปิดต่อได้เพราะจ่ายใช่ไหม]"
        ),
    ),
]
