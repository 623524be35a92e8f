"""Discourse frames for category ``other``: matters that belong to no integrity desk.

Private disputes, private-company and online scams, questions about how to file, spam, ads, tests and
wrong numbers.
"""

from training.corpus.frames.base import Frame

FRAMES: list[Frame] = [
    # ------------------------------------------------------------------ credible: detailed private matters
    Frame(
        id="other.credible.facebook_phone_scam",
        category="other",
        credibility="credible",
        voice="university student scammed buying a phone on Facebook, LINE",
        channels=("line_chat", "web_form"),
        text=(
            "[สวัสดีค่ะ|แอดมินคะ] หนูโดนโกงซื้อ[ไอโฟนมือสอง|โทรศัพท์มือถือ|ไอแพด]ในเพจเฟซบุ๊กค่ะ 😭 "
            "<<โอนเงินไป [12,500|18,900|24,000] บาท เข้าบัญชี {bank_account} เมื่อวันที่ {date} ##"
            "คนขายให้แอดไลน์ {line_id} [คุยดีมาก ส่งรูปบัตรประชาชนมาให้ด้วย|ส่งเลขพัสดุปลอมมาให้] >>"
            "[พอโอนเสร็จก็บล็อกหนูทุกช่องทาง|ตอนนี้เพจปิดไปแล้ว] "
            "[หนูแคปแชทไว้หมดแล้ว|มีสลิปโอนเงินค่ะ] "
            "[ต้องไปแจ้งความที่ไหนคะ|แจ้งที่นี่ได้ไหมคะ หรือต้องไปโรงพัก]"
        ),
    ),
    Frame(
        id="other.credible.neighbour_moved_boundary",
        category="other",
        credibility="credible",
        voice="rice farmer on the phone about a neighbour moving boundary stakes",
        channels=("phone_transcript", "letter"),
        text=(
            "[ฮัลโหลครับ|ครับ สวัสดีครับ] คือผมมีเรื่องที่ดินครับ ผมมีที่นาอยู่{village} ตำบล{tambon} อำเภอ{district} "
            "[มีโฉนดถูกต้อง|เป็นโฉนดของพ่อแม่] [ประมาณ 8 ไร่|สิบไร่กว่า]ครับ "
            "<<เพื่อนบ้านที่นาติดกันเขา[ถอนหลักหมุด|ย้ายคันนา]เข้ามาในที่ผม[ประมาณสองเมตร|เกือบสามวา] "
            "ตลอดแนว[ตั้งแต่ช่วงเดือน{month}|ตอนผมไปทำงานกรุงเทพ] ##"
            "ผมไปคุยกับเขาแล้ว เขาบอกว่า[ของเขามาแต่เดิม|พ่อเขาซื้อไว้] ไม่ยอม >>"
            "[ผมอยากรู้ว่าต้องไปขอรังวัดใหม่ที่ไหน|ผมจะขอให้ช่างรังวัดมาชี้แนวเขตได้ไหม] "
            "[ไม่อยากทะเลาะกับเขา|ผมไม่อยากมีเรื่องกัน] แค่อยากได้ที่ผมคืนครับ"
        ),
    ),
    Frame(
        id="other.credible.call_center_grandma_long",
        category="other",
        credibility="credible",
        hard="two_category",
        voice="elderly widow recounting a call-center scam on the phone, long",
        channels=("phone_transcript",),
        text=(
            "ฮัลโหล [จ้ะ|ค่ะ] เอ่อ ป้าจะแจ้งว่าป้าโดนหลอกนะ ป้าอายุ [67|70|72] แล้ว อยู่คนเดียว "
            "คือเมื่อวันที่ {date} ตอน[สาย ๆ|{time}] มีผู้ชายโทรมาจากเบอร์ {phone} "
            "บอกว่าเป็น[เจ้าหน้าที่ตำรวจ|เจ้าหน้าที่ไปรษณีย์] บอกว่าป้ามี[พัสดุผิดกฎหมาย|บัญชีพัวพันยาเสพติด] "
            "ป้าก็ตกใจสิ ป้าไม่เคยทำอะไรผิดเลยนะ "
            "แล้วเขาก็โอนสายไปให้อีกคน บอกเป็น[สารวัตร|ผู้กำกับ] ใส่เครื่องแบบวิดีโอคอลมาด้วย มีห้องเหมือนโรงพักเลย "
            "เขาบอกว่าต้องตรวจเงินในบัญชีป้า ให้ป้าโอนเงินไปไว้ที่[บัญชีกลาง|บัญชีตรวจสอบ]ก่อน แล้วจะคืนให้ภายในวันเดียว "
            "ป้าก็ไปธนาคารเลย โอนไป {amount_big} เข้าบัญชี {bank_account} "
            "[เขาบอกห้ามบอกใครแม้แต่ลูก|เขาให้ถือสายไว้ตลอดห้ามวาง] "
            "<<พอตกเย็นโทรกลับไปเบอร์เดิมก็ติดต่อไม่ได้แล้ว ##"
            "ลูกสาวป้ามารู้ทีหลัง เขาบอกว่าแก๊งคอลเซ็นเตอร์แน่นอน >>"
            "เงินนั้นเป็นเงิน[ที่ป้าเก็บไว้รักษาตัว|บำนาญของลุงที่เสียไป]นะ ป้านอนไม่หลับมาสามคืนแล้ว "
            "ลูกสาวพาไปแจ้งความที่[โรงพักแล้ว|สถานีตำรวจแล้ว] [ได้ใบแจ้งความมา|เขาให้ไปแจ้งออนไลน์อีกที] "
            "แต่ป้าไม่รู้ว่าต้องทำอะไรต่อ ธนาคารจะอายัดให้ทันไหม "
            "[ป้าโทรมาถามว่าต้องติดต่อที่ไหนอีก|ช่วยบอกป้าหน่อยว่าต้องไปทางไหน] "
            "เอ่อ เบอร์ลูกสาวป้า {phone2} นะ [ป้าฟังไม่ค่อยทัน|ป้าหูไม่ค่อยดี] โทรหาลูกป้าดีกว่า [ขอบใจนะ|ขอบคุณมาก ๆ จ้ะ]"
        ),
    ),
    Frame(
        id="other.credible.condo_deposit_not_returned",
        category="other",
        credibility="credible",
        voice="office worker mixing English, web form about a landlord keeping a deposit",
        channels=("web_form", "line_chat"),
        text=(
            "[เรื่อง: เจ้าของห้องไม่คืนเงินประกัน\nรายละเอียด: |]"
            "ดิฉันเช่าคอนโดที่{road} [สัญญาปีเดียว|contract 1 ปี] ย้ายออกเมื่อวันที่ {date} "
            "[check out|ส่งคืนห้อง]เรียบร้อย [ถ่ายรูปห้องไว้ทุกมุม|มีรูปก่อนและหลังเข้าอยู่] "
            "แต่เจ้าของห้อง{person}ไม่คืนเงินประกัน [16,000|24,000|30,000] บาท อ้างว่า[ต้องทาสีใหม่ทั้งห้อง|แอร์เสีย]ซึ่งไม่จริงค่ะ "
            "<<[ทักไลน์ไปหลายรอบก็อ่านไม่ตอบ|โทรไปก็ไม่รับ] ##"
            "[นิติบุคคลบอกว่าเป็นเรื่องระหว่างเราสองคน|นิติฯ ไม่ช่วยอะไร] >>"
            "อยากทราบว่าต้องไปร้องที่ สคบ. หรือฟ้องศาลแพ่งเองคะ [ขอบคุณค่ะ|thank you ค่ะ]"
        ),
    ),
    Frame(
        id="other.credible.factory_unpaid_wages",
        category="other",
        credibility="credible",
        voice="factory worker on LINE, private employer not paying wages",
        channels=("line_chat", "phone_transcript"),
        text=(
            "[พี่ครับ|สวัสดีครับ] ผมทำงานอยู่{company} [แถว|ที่]อำเภอ{district} ครับ "
            "บริษัทไม่จ่ายเงินเดือน[มาสองเดือน|ตั้งแต่เดือน{month}]แล้ว "
            "[คนงานประมาณ [40|60|80] คนเลย|ทั้งไลน์ผลิต] "
            "<<เถ้าแก่บอกรอลูกค้าจ่ายเงินก่อน[ แล้วก็เงียบ|] ##"
            "[ตอนนี้โรงงานปิดไปสามวันแล้ว|เครื่องจักรโดนขนออกไปเมื่อคืน] >>"
            "ผมมีสลิปเงินเดือนเก่ากับบัตรพนักงาน[ครับ|] "
            "[ต้องไปแจ้งที่แรงงานจังหวัดใช่ไหมครับ|ไปร้องที่ไหนได้บ้างครับ] [ค่าห้องก็ไม่มีจ่ายแล้ว|ลูกต้องจ่ายค่าเทอม]"
        ),
    ),
    Frame(
        id="other.credible.house_builder_abandoned",
        category="other",
        credibility="credible",
        voice="homeowner, formal letter about a private builder abandoning a house",
        channels=("letter", "web_form"),
        text=(
            "เรียน [เจ้าหน้าที่ผู้เกี่ยวข้อง|ท่านผู้รับเรื่องร้องเรียน]\n"
            "ด้วยข้าพเจ้า{person} อยู่บ้านเลขที่ [45|112|9/1] {village} ตำบล{tambon} อำเภอ{district} จังหวัด{province} "
            "ได้ว่าจ้าง{company}ให้ก่อสร้างบ้านพักอาศัยสองชั้นบนที่ดินของข้าพเจ้าเอง "
            "ตามสัญญาลงวันที่ {date} ราคารวม {amount_big} แบ่งจ่ายเป็น [5|6] งวด\n"
            "ข้าพเจ้าได้ชำระเงินไปแล้ว [3|4] งวด [รวมกว่าครึ่งหนึ่งของราคา|คิดเป็นประมาณสองในสามของราคา] "
            "แต่ผู้รับเหมาทำงานได้เพียง[ขึ้นโครงเสาและหลังคา|เทพื้นและก่อผนังบางส่วน] แล้วหยุดงานตั้งแต่เดือน{month} "
            "ติดต่อเจ้าของบริษัททางโทรศัพท์ {phone} ไม่ได้ สำนักงานที่ระบุในสัญญาปิดไปแล้ว "
            "[ทราบจากเพื่อนบ้านว่ามีผู้เสียหายรายอื่นอีกหลายราย|ในกลุ่มเฟซบุ๊กมีผู้เสียหายจากบริษัทเดียวกันอีกหลายคน]\n"
            "ข้าพเจ้าได้ส่งหนังสือทวงถามทางไปรษณีย์ลงทะเบียนตอบรับไปยังที่อยู่ตามสัญญาแล้วสองครั้ง แต่ถูกตีกลับทั้งสองครั้ง "
            "ปัจจุบันโครงสร้างที่สร้างค้างไว้ตากแดดตากฝน [เหล็กเริ่มเป็นสนิม|ไม้แบบผุพัง] "
            "และข้าพเจ้ากับครอบครัวต้องเช่าบ้านอยู่ เสียค่าเช่าเดือนละ [6,500|8,000] บาท ทั้งที่ยังต้องผ่อนเงินกู้ธนาคารไปพร้อมกัน\n"
            "ข้าพเจ้าทราบดีว่าเป็นเรื่องสัญญาระหว่างเอกชน ไม่เกี่ยวกับหน่วยงานราชการ แต่ไม่ทราบว่าควรดำเนินการทางใด "
            "[จะแจ้งความดำเนินคดีฉ้อโกงได้หรือไม่|หรือต้องฟ้องคดีผู้บริโภค] "
            "จึงเรียนมาเพื่อขอคำแนะนำ\nขอแสดงความนับถือ"
        ),
    ),
    Frame(
        id="other.credible.investment_group_ponzi",
        category="other",
        credibility="credible",
        voice="retired teacher who lost savings in a LINE investment group",
        channels=("letter", "phone_transcript", "web_form"),
        text=(
            "[เรียนเจ้าหน้าที่|สวัสดีค่ะ] ดิฉันเป็นครูเกษียณ[ค่ะ|] "
            "เมื่อ[ต้นปี{year}|เดือน{month}]มีคนชวนเข้ากลุ่มไลน์ลงทุน[ทองคำ|หุ้นต่างประเทศ|คริปโต] "
            "บอกว่าได้ผลตอบแทน[เดือนละ 10%|สัปดาห์ละ 3%] "
            "สองเดือนแรกได้เงินปันผลจริง[ เลยลงเพิ่ม|] "
            "ดิฉันโอนไปรวม {amount_big} เข้าบัญชี {bank_account} ชื่อบัญชี{person} "
            "ตั้งแต่วันที่ {date} [ถอนเงินไม่ได้|ระบบขึ้นว่าบัญชีถูกระงับ] แอดมินให้จ่าย[ค่าภาษี|ค่าปลดล็อก]อีก [30,000 บาท|50,000 บาท|20% ของยอดเงิน]ก่อน "
            "[ตอนนี้กลุ่มถูกยุบไปแล้ว|แอดมินออกจากกลุ่มไปหมดแล้ว] "
            "[ดิฉันแคปหน้าจอและเก็บสลิปไว้ทั้งหมด|มีหลักฐานการโอนทุกครั้ง]ค่ะ "
            "[ขอคำแนะนำว่าต้องแจ้งหน่วยงานใด|จะติดตามเงินคืนได้อย่างไรคะ]"
        ),
    ),
    Frame(
        id="other.credible.romance_scam_customs",
        category="other",
        credibility="credible",
        voice="middle-aged woman ashamed of a romance scam, phone call",
        channels=("phone_transcript", "line_chat"),
        text=(
            "[ฮัลโหลค่ะ|สวัสดีค่ะ] เอ่อ คือ[พูดแล้วก็อาย|ไม่รู้จะเริ่มยังไง]ค่ะ "
            "ดิฉันรู้จักผู้ชายต่างชาติในแอปหาคู่ เขาบอกเป็น[วิศวกรแท่นขุดเจาะ|หมอทหารสหรัฐ] "
            "คุยกันมา[สามเดือน|ครึ่งปี] แล้วเขาบอกจะส่งของขวัญมาให้ "
            "มีคนโทรมาจากเบอร์ {phone} บอกเป็นศุลกากร ต้องจ่ายค่าภาษีของก่อน "
            "ดิฉันโอนไปสามครั้ง รวม [38,000|65,000|120,000] บาท เข้าบัญชี {bank_account} "
            "[แล้วก็ยังเรียกเพิ่มอีก|ตอนนี้เขาบล็อกดิฉันแล้ว] "
            "[ลูกดิฉันบอกว่าโดนหลอก|เพื่อนบอกว่าเป็นแก๊งโรแมนซ์สแกม] "
            "อยากรู้ว่าต้องแจ้งที่ไหนคะ[ ดิฉันมีรูปที่เขาส่งมาด้วย|]"
        ),
    ),
    Frame(
        id="other.credible.fake_packing_job",
        category="other",
        credibility="credible",
        voice="vocational student duped by a fake work-from-home job, terse LINE",
        channels=("line_chat",),
        text=(
            "โดนหลอกงานแพ็คของทำที่บ้านครับ จ่ายค่า[สมัคร|ชุดอุปกรณ์] {amount_small} "
            "ไปที่ไลน์ {line_id} [เมื่อ{weekday}|วันที่ {date}] แล้วเงียบเลย[ครับ|] "
            "[มีเพื่อนโดนด้วยอีกสองคน|]"
        ),
    ),
    Frame(
        id="other.credible.used_car_odometer",
        category="other",
        credibility="credible",
        voice="pickup-truck buyer, web form about a private used-car dealer",
        channels=("web_form", "letter"),
        text=(
            "[เรื่อง: เต็นท์รถมือสองขายรถย้อนไมล์\n|]"
            "ผมซื้อรถกระบะมือสองจากเต็นท์รถ[แถว|บน]{road} ทะเบียน {plate} ราคา [389,000|450,000|520,000] บาท เมื่อวันที่ {date} "
            "เซลล์บอกว่าไมล์ [80,000|95,000] กิโล รถไม่เคยชน "
            "<<พอเอาเข้าศูนย์ตรวจเช็ก ประวัติเข้าศูนย์ระบุว่าวิ่งไปแล้วเกิน [200,000|250,000] กิโล ##"
            "[คัสซีมีรอยซ่อม|ช่างบอกว่าเคยจมน้ำมา] >>"
            "ไปคุยกับเต็นท์ เขาบอกว่า[ซื้อขายตามสภาพ|ไม่รับผิดชอบ] "
            "[ผมมีใบเสร็จ สัญญาซื้อขาย และผลตรวจจากศูนย์|ผมเก็บเอกสารไว้ทั้งหมด] "
            "อยากทราบว่าต้องร้องเรียนที่ สคบ. หรือแจ้งความครับ"
        ),
    ),
    Frame(
        id="other.credible.insurance_claim_denied",
        category="other",
        credibility="credible",
        voice="nurse whose private health-insurance claim was denied",
        channels=("web_form", "letter"),
        text=(
            "ดิฉันเป็นพยาบาลค่ะ ทำประกันสุขภาพกับ[บริษัทประกันเอกชน|บริษัทประกันแห่งหนึ่ง]ผ่านตัวแทนชื่อ{person} "
            "จ่ายเบี้ยปีละ [18,000|25,000|32,000] บาท มา [4|5|6] ปี ไม่เคยขาด "
            "เมื่อวันที่ {date} ดิฉันผ่าตัด[ไส้ติ่ง|ถุงน้ำดี]ที่{hospital} ค่าใช้จ่าย {amount} "
            "บริษัทปฏิเสธการเคลม อ้างว่า[เป็นโรคที่เป็นมาก่อนทำประกัน|ปกปิดข้อมูลสุขภาพ] ซึ่งไม่เป็นความจริง "
            "[แพทย์เขียนใบรับรองให้แล้วว่าเป็นเฉียบพลัน|ดิฉันมีประวัติตรวจสุขภาพประจำปีที่ปกติทุกปี] "
            "[ทราบว่าต้องร้อง คปภ.|ควรร้องเรียนที่ คปภ. ใช่ไหมคะ] ขอคำแนะนำค่ะ"
        ),
    ),
    Frame(
        id="other.credible.siblings_sold_parents_land",
        category="other",
        credibility="credible",
        voice="elderly man rambling on the phone about a family inheritance fight",
        channels=("phone_transcript",),
        text=(
            "[ฮัลโหล ๆ|ฮัลโหล ได้ยินไหม] เอ่อ ลุงจะปรึกษาเรื่องที่ดินหน่อยนะ คือที่ดินพ่อแม่ลุงน่ะ "
            "อยู่{village} ตำบล{tambon} [ประมาณ 15 ไร่|ยี่สิบไร่เศษ] พ่อแม่ตายไป[ตั้งแต่ปี{year}|หลายปีแล้ว] "
            "ไม่ได้ทำพินัยกรรมไว้ คือพี่น้องมีกัน[ห้าคน|หกคน] "
            "แล้วน้องชายคนเล็กเขา[ไปขอเป็นผู้จัดการมรดก|ไปยื่นศาลขอเป็นผู้จัดการมรดก]คนเดียว "
            "ลุงไม่รู้เรื่องเลยนะ ไม่มีใครมาบอก "
            "แล้วเขาก็เอาที่ไปขายให้[นายทุน|คนกรุงเทพ]ไปแล้ว[เมื่อเดือน{month}|ปีที่แล้ว] ได้เงินมา {amount_big} "
            "ลุงไปถามเขา เขาบอกว่าเงินหมดแล้ว เอาไปใช้หนี้ "
            "คือลุงก็แก่แล้ว [อายุเจ็ดสิบกว่า|เจ็ดสิบห้าแล้ว] ไม่ได้อยากได้มากมายอะไร "
            "แต่ส่วนของลุงกับน้องสาวอีกคนมันต้องมีใช่ไหม "
            "[ลุงไม่อยากฟ้องน้องตัวเองหรอก|มันพี่น้องกันนะ]แต่เขาไม่คุยด้วยเลย "
            "[ลุงมีสำเนาโฉนดเก่าอยู่|หลานลุงไปคัดเอกสารที่สำนักงานที่ดินมาแล้ว] "
            "คือตอนพ่อยังอยู่ พ่อพูดต่อหน้าทุกคนเลยนะว่าให้แบ่งเท่า ๆ กัน ลุงก็ดูแลพ่อแม่มาตลอดตอนแก่ พาไปหาหมอทุกเดือน "
            "น้องชายเขาอยู่กรุงเทพ นาน ๆ กลับมาที ตอนพ่อแม่ป่วยก็ไม่ค่อยได้มา แล้วพอท่านตายก็มาจัดการเองหมด "
            "อยากรู้ว่าลุงต้องไปหาทนายไหม หรือมีที่ไหนช่วยไกล่เกลี่ยให้ได้ "
            "[ลุงไม่มีเงินจ้างทนาย|ทนายแพงไหม] "
            "เอ่อ ถ้าจะโทรกลับ เบอร์ลุง {phone} นะ [โทรตอนเช้า ๆ|ตอนเย็นลุงไปนา] ขอบคุณมาก"
        ),
    ),
    Frame(
        id="other.credible.loan_shark_threats_furious",
        category="other",
        credibility="credible",
        hard="credible_insult",
        voice="market vendor, furious LINE about loan-shark collectors",
        channels=("line_chat", "phone_transcript"),
        text=(
            "[ไอ้พวกเงินกู้หมวกกันน็อค|ไอ้พวกแก๊งเงินกู้]มัน[หน้าเลือด|ชั่วจริงๆ]😡 "
            "ผมกู้มา [20,000|30,000|50,000] บาท ตั้งแต่วันที่ {date} [ดอกวันละ 20%|ส่งวันละ {amount_small}] ส่งมา[จะสองเดือน|เกินต้นไปแล้ว] "
            "<<เมื่อคืนมันมา[สาดสี|ปาขวด]ใส่หน้าบ้านผม{village} ##"
            "[มันขี่มอไซค์ทะเบียน {plate} มาสองคน|มันโทรจากเบอร์ {phone} มาขู่จะเผาร้าน] >>"
            "[เมียผมกับลูกกลัวจนไม่กล้าออกจากบ้าน|ลูกผมไม่กล้าไปโรงเรียน] "
            "[ไอ้สัตว์พวกนี้ต้องโดนจับ|ต้องไปแจ้งใครถึงจะจัดการพวกมันได้]"
        ),
    ),
    Frame(
        id="other.credible.online_shop_furious_insult",
        category="other",
        credibility="credible",
        hard="credible_insult",
        voice="young mother, furious about an online shop that never delivered",
        channels=("line_chat",),
        text=(
            "[ร้านเหี้ยไรเนี่ย|ร้านโกงห่วยแตก]😡 สั่ง[รถเข็นเด็ก|คาร์ซีท]ในไลฟ์สดวันที่ {date} "
            "โอนไป [3,590|4,200|6,900] บาท บัญชี {bank_account}[ ชื่อบัญชี{person}|] "
            "<<รอมา[สามอาทิตย์|เดือนนึง]ไม่ได้ของ ##ทักไปไลน์ {line_id} ก็โดนบล็อก >>"
            "[แม่งหลอกแม่ลูกอ่อนยังทำได้|คนแบบนี้ขอให้เจอกรรม] "
            "[จะแจ้งความต้องเอาอะไรไปบ้างคะ|ช่วยบอกทีต้องแจ้งที่ไหน]"
        ),
    ),
    Frame(
        id="other.credible.condo_manager_fund_two",
        category="other",
        credibility="credible",
        hard="two_category",
        voice="condo co-owner, web form about a private building manager misusing the common fund",
        channels=("web_form", "letter"),
        text=(
            "[เรื่อง: ผู้จัดการนิติบุคคลอาคารชุดยักยอกเงินกองทุน\n|]"
            "ดิฉันเป็นเจ้าของร่วมคอนโดแห่งหนึ่ง{road} "
            "ผู้จัดการนิติบุคคลชื่อ{person} [ไม่แสดงงบการเงิน|ไม่เรียกประชุมใหญ่]มา[สองปี|ตั้งแต่ปี{year}] "
            "<<[กองทุนส่วนกลางที่ควรมี|เงินกองทุนตามบัญชีปีก่อน] {amount_big} ตอนนี้เหลือไม่ถึงครึ่ง ##"
            "มีการจ้าง{company}ซ่อมลิฟต์ {amount_big2} ซึ่งทราบภายหลังว่าเป็นบริษัทของญาติผู้จัดการ >>"
            "[คณะกรรมการเจ้าของร่วมลงชื่อขอเอกสารแล้วไม่ได้รับ|ดิฉันยื่นหนังสือขอดูบัญชีแล้วถูกปฏิเสธ] "
            "ทราบว่าเป็นนิติบุคคลเอกชน ไม่ใช่หน่วยงานรัฐ จึงอยากทราบว่าควรไปร้องที่[สำนักงานที่ดิน|กรมที่ดิน]หรือแจ้งความค่ะ"
        ),
    ),
    Frame(
        id="other.credible.scam_victim_police_brushoff",
        category="other",
        credibility="credible",
        hard="two_category",
        voice="motorcycle-taxi driver scammed online, also annoyed at the police desk",
        channels=("line_chat", "phone_transcript"),
        text=(
            "[ครับพี่|สวัสดีครับ] ผมโดนหลอกซื้อ[ยางมอไซค์|อะไหล่]ในกลุ่มเฟซบุ๊ก โอนไป {amount_small} "
            "บัญชี {bank_account} วันที่ {date} ของไม่มาครับ "
            "ผมไปแจ้งที่ สภ.{district} แล้ว "
            "[ร้อยเวรบอกเงินน้อย ให้ไปแจ้งออนไลน์เอาเอง|ตำรวจบอกให้ไปคุยกับคนขายเองก่อน] "
            "[ผมไม่รู้จะแจ้งออนไลน์ยังไง|ผมเข้าเว็บไม่เป็น] "
            "[ไม่ได้จะฟ้องตำรวจนะครับ|ไม่ได้ติดใจตำรวจ] แค่อยากรู้ว่าต้องทำยังไงต่อ[ ขอบคุณครับ|]"
        ),
    ),
    Frame(
        id="other.credible.friend_loan_promissory",
        category="other",
        credibility="credible",
        voice="shop owner, friend will not repay a personal loan",
        channels=("line_chat", "web_form"),
        text=(
            "[สอบถามค่ะ|ขอปรึกษาค่ะ] เพื่อนยืมเงิน [15,000|30,000|50,000] บาท ไปตั้งแต่วันที่ {date} "
            "[มีสัญญากู้ยืมเขียนมือเซ็นชื่อไว้|มีแชทที่เขายอมรับว่ายืม]ค่ะ "
            "[นัดคืนหลายรอบแล้วไม่คืน|ตอนนี้ย้ายบ้านหนีไปแล้ว] "
            "[ทราบว่าอยู่ที่อำเภอ{district}|ยังเห็นเขาโพสต์เที่ยวทุกอาทิตย์] "
            "ต้องฟ้องศาลเองใช่ไหมคะ หรือมีหน่วยงานไหนช่วยไกล่เกลี่ยได้"
        ),
    ),
    Frame(
        id="other.credible.wedding_studio_vanished",
        category="other",
        credibility="credible",
        voice="bride-to-be, LINE, wedding studio closed with deposits",
        channels=("line_chat", "web_form"),
        text=(
            "[ด่วนค่ะ|ช่วยด้วยค่ะ] สตูดิโอเวดดิ้ง[แถว|ที่]{road}ปิดร้านหนีค่ะ "
            "ดิฉันจ่ายมัดจำแพ็กเกจถ่ายพรีเวดดิ้งกับชุดแต่งงานไป [45,000|60,000|85,000] บาท เมื่อวันที่ {date} "
            "<<งานแต่งอีก[สามอาทิตย์|เดือนเดียว] ##ในกลุ่มผู้เสียหายมี[เกือบ 40|กว่า 60] คู่แล้ว >>"
            "เจ้าของร้านชื่อ{person} [เบอร์ {phone} ปิดเครื่อง|ไลน์ {line_id} ไม่ตอบ] "
            "[พวกเราจะรวมตัวไปแจ้งความ|อยากทราบว่าควรแจ้งความพร้อมกันที่ไหน]ค่ะ"
        ),
    ),
    Frame(
        id="other.credible.sms_subscription_charges",
        category="other",
        credibility="credible",
        voice="retired man, short web form about mobile charges",
        channels=("web_form",),
        text=(
            "ค่ายมือถือหักเงินค่า[บริการเสริม|SMS ดูดวง] เดือนละ {amount_small} "
            "[ตั้งแต่เดือน{month}|มา 3 เดือน] ไม่เคยสมัคร เบอร์ {phone} ขอให้ยกเลิกและคืนเงิน"
        ),
    ),
    Frame(
        id="other.credible.neighbour_drain_pipe",
        category="other",
        credibility="credible",
        voice="housewife, neighbour's drain pipe empties into her yard, LINE",
        channels=("line_chat", "phone_transcript"),
        text=(
            "[สวัสดีค่ะ|ขอปรึกษาค่ะ] บ้านข้าง ๆ ต่อเติมครัว[เมื่อเดือน{month}|ตั้งแต่ต้นปี] "
            "แล้ว[วางท่อน้ำทิ้ง|ต่อรางน้ำฝน]ปล่อยลงมาในที่บ้านดิฉันเลยค่ะ "
            "<<[สนามหลังบ้านน้ำขังเหม็นตลอด|รั้วเริ่มทรุด] ##"
            "ไปขอให้เขาย้ายแล้ว [เขาบอกว่าไม่ได้ผิดอะไร|เขาด่ากลับมา] >>"
            "[บ้านเลขที่ 27/5|บ้านเลขที่ 133] {road} ค่ะ "
            "[เรื่องแบบนี้ต้องไปคุยที่ไหนคะ|ผู้ใหญ่บ้านช่วยไกล่เกลี่ยได้ไหมคะ]"
        ),
    ),
    Frame(
        id="other.credible.gym_closed_memberships",
        category="other",
        credibility="credible",
        voice="young office worker, terse web form",
        channels=("web_form", "line_chat"),
        text=(
            "ฟิตเนส[แถว|ที่]{road}ปิดกะทันหัน[ตั้งแต่วันที่ {date}|]. "
            "ผมเพิ่งซื้อสมาชิกรายปีไป [12,900|18,000|24,500] บาท [ผ่านบัตรเครดิต|โอนเข้าบัญชีบริษัท]. "
            "[ติดต่อใครไม่ได้เลย|ป้ายหน้าร้านบอกปิดปรับปรุงแต่ขนของออกหมดแล้ว]. "
            "ต้องร้องที่ไหนครับ"
        ),
    ),
    Frame(
        id="other.credible.tour_company_cancelled",
        category="other",
        credibility="credible",
        voice="temple committee member organising a pilgrimage tour, formal-ish letter",
        channels=("letter", "phone_transcript"),
        text=(
            "เรียนเจ้าหน้าที่ ข้าพเจ้า{person} เป็นผู้ประสานงานพาญาติโยมจาก{village} ไปทัศนศึกษา[ไหว้พระเก้าวัด|ไหว้พระธาตุ] "
            "ได้ว่าจ้าง{company}[ ซึ่งเป็นบริษัททัวร์|]จำนวน [2|3] คันรถ ชำระเงินแล้ว [36,000|54,000|72,000] บาท เมื่อวันที่ {date} "
            "ก่อนวันเดินทางสองวันบริษัทแจ้งยกเลิก อ้างว่ารถเสีย "
            "[ขอเงินคืนแล้วได้รับคำตอบว่าจะคืนภายใน 7 วัน แต่ผ่านไปเดือนกว่ายังไม่ได้|เช็คที่บริษัทจ่ายคืนเด้ง] "
            "ผู้สูงอายุที่ร่วมลงขันมี[ประมาณ 70|เกือบ 90] คน "
            "[ขอคำแนะนำว่าควรร้องเรียนที่กรมการท่องเที่ยวหรือแจ้งความ|จึงขอคำแนะนำในการดำเนินการ]"
        ),
    ),
    Frame(
        id="other.credible.neighbour_wall_encroach_terse",
        category="other",
        credibility="credible",
        voice="terse web form, neighbour's wall on own land",
        channels=("web_form",),
        text=(
            "เพื่อนบ้านสร้างกำแพงรุกเข้ามาในที่ดินผม[ประมาณ 50 ซม.|เกือบเมตร] {village} "
            "[รังวัดแล้วยืนยัน|มีผลรังวัดของที่ดิน] เขาไม่ยอมรื้อ. ต้องทำยังไงต่อครับ"
        ),
    ),
    # ------------------------------------------------------------------ frivolous
    Frame(
        id="other.frivolous.test_message",
        category="other",
        credibility="frivolous",
        voice="someone testing the form",
        channels=("web_form", "line_chat"),
        text="[ทดสอบ|test|ทดสอบระบบ|ลองส่งดูครับ|เทสๆ][ 123| ครับ| ค่ะ|]",
    ),
    Frame(
        id="other.frivolous.wrong_number_food_order",
        category="other",
        credibility="frivolous",
        voice="hungry person who added the wrong LINE account",
        channels=("line_chat",),
        text=(
            "[ขอสั่ง|สั่ง]ข้าว[กะเพราหมูกรอบ|ผัดกุ้ง] [2|3] กล่อง [ไข่ดาวไม่สุก|เผ็ดน้อย]ค่ะ "
            "[ส่งที่ตึก B ชั้น 5|มารับเอง 12 โมง][ ขอบคุณค่ะ|]"
        ),
    ),
    Frame(
        id="other.frivolous.wrong_number_aunt",
        category="other",
        credibility="frivolous",
        voice="elderly caller dialled the wrong number",
        channels=("phone_transcript",),
        text=(
            "ฮัลโหล ๆ [นั่นบ้านป้า{name}ใช่มั้ย|นั่นใช่ร้านวัสดุมั้ย] เอ่อ "
            "[จะถามว่าพรุ่งนี้งานบวชกี่โมง|ปูนเหลือไหมลูก] "
            "[อ้าว ไม่ใช่เหรอ โทรผิด ขอโทษนะ|อ้าว นี่ที่ไหน ขอโทษ ๆ]"
        ),
    ),
    Frame(
        id="other.frivolous.seo_ad",
        category="other",
        credibility="frivolous",
        voice="spam advertisement",
        channels=("line_chat", "web_form"),
        text=(
            "[รับทำเว็บไซต์|รับยิงแอด|รับทำเพจ] [ติดหน้าแรก Google|SEO สายขาว] ราคาเริ่มต้น {amount_small} "
            "[งานไว|ดูแลตลอดชีพ] [สนใจแอดไลน์ {line_id}|โทร {phone}][ 🔥🔥|]"
        ),
    ),
    Frame(
        id="other.frivolous.gambling_ad",
        category="other",
        credibility="frivolous",
        voice="online gambling spam",
        channels=("line_chat", "web_form"),
        text=(
            "[🎰|💰]เว็บตรงไม่ผ่านเอเย่นต์ ฝากถอนไม่มีขั้นต่ำ[ ออโต้ 3 วิ|] "
            "[สมัครใหม่รับโบนัส 100%|แจกเครดิตฟรี] [แอดไลน์ {line_id}|ทักเลย][ 💸💸|]"
        ),
    ),
    Frame(
        id="other.frivolous.chain_luck",
        category="other",
        credibility="frivolous",
        voice="forwarded chain message",
        channels=("line_chat",),
        text=(
            "[🙏|🌸]ส่งต่อข้อความนี้ให้ [9|12] คนภายในวันนี้ แล้วจะ[โชคดีตลอดปี|ถูกหวย] "
            "[ถ้าไม่ส่งจะโชคร้ายเจ็ดปี|มีคนไม่ส่งแล้วรถชน][ สาธุ|]"
        ),
    ),
    Frame(
        id="other.frivolous.good_morning_sticker",
        category="other",
        credibility="frivolous",
        voice="uncle sending a morning greeting to every chat",
        channels=("line_chat",),
        text="[สวัสดีวันจันทร์|สวัสดีวัน{weekday}|อรุณสวัสดิ์]ค่ะ[ ขอให้มีความสุขมากๆ|ทุกท่าน|][ 🌹🌹|🙏🌞|]",
    ),
    Frame(
        id="other.frivolous.how_to_file_question",
        category="other",
        credibility="frivolous",
        voice="person asking how to file, nothing reported",
        channels=("line_chat", "web_form"),
        text=("[ถ้าจะร้องเรียน|อยากร้องเรียน]ต้องทำยังไง[คะ|ครับ] [ต้องไปที่ไหน|ต้องใช้เอกสารอะไรบ้าง|ใช้เวลากี่วัน][ ขอบคุณ|]"),
    ),
    Frame(
        id="other.frivolous.lottery_numbers",
        category="other",
        credibility="frivolous",
        voice="lottery fan",
        channels=("line_chat",),
        text="[ขอเลขเด็ด|ใบ้หวย]งวด[นี้|วันที่ 16]หน่อย[ครับ|ค่ะ|จ้า] [แม่นๆ|เอาสองตัวล่าง][ 🙏🙏|555|]",
    ),
    Frame(
        id="other.frivolous.ask_for_job",
        category="other",
        credibility="frivolous",
        voice="young man looking for work, messages the wrong channel",
        channels=("line_chat", "web_form"),
        text=(
            "มีงานให้ทำไหมครับ ผมตกงาน[ จบ ม.6| จบ ปวส.|] "
            "[ขับรถได้|ทำได้ทุกอย่าง][ อยู่จังหวัด{province}|][ ติดต่อ {phone}|]"
        ),
    ),
    Frame(
        id="other.frivolous.heart_cheated_joke",
        category="other",
        credibility="frivolous",
        hard="frivolous_vocab",
        voice="joker using anti-corruption words about a breakup",
        channels=("line_chat",),
        text=(
            "[ขอแจ้งทุจริต|แจ้งคอรัปชั่น]ครับ แฟนผม[โกงใจ|ยักยอกหัวใจ]ไป[ทั้งดวง|] "
            "[แอบรับสินบนเป็นชานมไข่มุกจากคนอื่น|เบียดบังเวลาไปให้ผู้ชายอื่น] "
            "[ขอให้ ป.ป.ช. ไปจับด่วน|ขอให้ยึดทรัพย์คืน][ 555| 😂|🤣]"
        ),
    ),
    Frame(
        id="other.frivolous.corrupt_nation_chain",
        category="other",
        credibility="frivolous",
        hard="frivolous_vocab",
        voice="political chain message, all slogans",
        channels=("line_chat",),
        text=(
            "[📢|‼️]ประเทศนี้โกงกันทั้งระบบ! [นักการเมืองคอรัปชั่นทุกคน|ข้าราชการกินสินบนทุกหน่วย] "
            "[ภาษีเราถูกยักยอกไปทุกบาท|เงินแผ่นดินหายไปกับการทุจริต] "
            "[คนไทยต้องตื่นรู้|ถึงเวลาลุกขึ้นสู้] [ส่งต่อให้มากที่สุด|แชร์ด่วน!!!]"
        ),
    ),
    Frame(
        id="other.frivolous.anticorruption_coin_ad",
        category="other",
        credibility="frivolous",
        hard="frivolous_vocab",
        voice="crypto spam dressed in anti-corruption words",
        channels=("line_chat", "web_form"),
        text=(
            "[🚀|💎]เหรียญต้านคอรัปชั่น[ รุ่นแรก|] ระบบบล็อกเชนโปร่งใส ไม่มีใครโกงได้ "
            "[ลงทุน {amount_small} ได้คืนสิบเท่า|ผลตอบแทน 300% ใน 30 วัน] "
            "[ร่วมกำจัดการทุจริตไปกับเรา|ยิ่งชวนเพื่อนยิ่งได้ค่าคอม] [แอดไลน์ {line_id}|ลิงก์ในโปรไฟล์]"
        ),
    ),
    Frame(
        id="other.frivolous.rambling_lonely_caller",
        category="other",
        credibility="frivolous",
        voice="lonely elderly man calling to chat, long and aimless",
        channels=("phone_transcript",),
        text=(
            "ฮัลโหล เอ่อ ใช่ที่[รับเรื่อง|ร้องเรียน]ใช่ไหม ลุงโทรมาคุยหน่อยนะ [ไม่รบกวนใช่ไหม|ว่างไหมลูก] "
            "คือลุงอยู่คนเดียว ลูก ๆ ไปทำงาน[กรุงเทพ|ต่างประเทศ]กันหมด โทรมาก็ไม่ค่อยรับ "
            "เมื่อเช้าลุงไปตลาด [ผักบุ้งกำละสิบบาทแล้ว|ไข่แพงขึ้นอีกแล้ว] สมัยก่อนนะ[กำละบาท|ฟองละไม่กี่สลึง] "
            "แล้วหมาข้างบ้านก็เห่าทั้งคืน ไม่ได้ว่าอะไรเขาหรอก หมามันก็เห่าของมัน "
            "<<ทีวีเดี๋ยวนี้ก็มีแต่ข่าวร้าย ๆ [ดูแล้วปวดหัว|ลุงเลยไม่ค่อยดู] ##"
            "[ขาลุงก็ปวดเวลาฝนจะตก|ความดันลุงขึ้นลงไม่แน่นอน] หมอนัดเดือนหน้า >>"
            "คือลุงไม่ได้มีเรื่องอะไรจะร้องเรียนหรอกนะ เอ่อ คือ[ลุงเหงา|ไม่มีใครคุยด้วย] "
            "เห็นเบอร์นี้ติดอยู่ที่[ศาลาหมู่บ้าน|บอร์ดหน้าอำเภอ] ก็เลยลองโทรมา "
            "[หลานลุงเรียนจบแล้วนะ ได้งานธนาคาร|ปีนี้มะม่วงหลังบ้านลุงออกเยอะมาก] "
            "เมื่อก่อนลุงเป็น[ภารโรงโรงเรียน|คนขับรถส่งของ] ทำงานมาสามสิบกว่าปี เกษียณแล้วก็อยู่บ้านเฉย ๆ "
            "ป้าเขาเสียไป[สามปี|ห้าปี]แล้ว บ้านมันเงียบ ๆ ลุงก็เปิดวิทยุฟังเพลงลูกทุ่งไปวัน ๆ "
            "[เมื่อวานก็ไปวัดมา ทำบุญให้ป้าเขา|อาทิตย์ก่อนก็ไปงานศพเพื่อนเก่า] "
            "เดี๋ยวถ้าลูกว่าง ๆ [แวะมากินมะม่วงก็ได้นะ|ไว้ลุงโทรมาใหม่นะ] "
            "เอ่อ แค่นี้แหละ ขอบใจนะลูกที่ฟังลุงบ่น [ดูแลสุขภาพด้วยนะ|กินข้าวหรือยังลูก]"
        ),
    ),
    Frame(
        id="other.frivolous.homework_help",
        category="other",
        credibility="frivolous",
        hard="frivolous_vocab",
        voice="high-school student asking for homework help",
        channels=("line_chat",),
        text=(
            "[พี่ๆ|แอดมิน]ช่วย[ทำการบ้านสังคม|หาข้อมูลทำรายงาน]หน่อยได้ไหม[คะ|ครับ] "
            "เรื่อง[การป้องกันการทุจริตคอรัปชั่น|ปัญหาการโกงกินในสังคมไทย] [ครูให้เขียนเรียงความ|ต้องทำพาวเวอร์พอยต์] ต้องส่งพรุ่งนี้[ 😭| 🥺|]"
        ),
    ),
    # ------------------------------------------------------------------ malicious
    Frame(
        id="other.malicious.ex_wife_police_husband",
        category="other",
        credibility="malicious",
        hard="malicious_detail",
        voice="ex-wife attacking a police officer ex-husband over private matters",
        channels=("line_chat", "web_form"),
        text=(
            "[ดาบตำรวจ|จ่า]{name} [อยู่|]สภ.{district} [ผัวเก่าฉันเอง|อดีตสามีดิฉัน] "
            "[ทิ้งลูกเมียไปมีเมียใหม่|ไปมีผู้หญิงใหม่ตั้งแต่ลูกยังไม่หย่านม] "
            "<<[ขับรถ {plate} ไปรับอีนั่นทุกเย็น|เห็นควงกันแถว{place}ทุกวันศุกร์] ##"
            "[ค่าเลี้ยงดูลูกเดือนละ {amount_small} ยังไม่เคยส่ง|ลูกป่วยก็ไม่มาดู] >>"
            "[คนชั่วแบบนี้ไม่สมควรใส่เครื่องแบบ|ผู้ชายเลวๆ แบบนี้เป็นตำรวจได้ไง] "
            "[ขอให้ไล่ออกจากราชการ|ปลดมันออกเลย ให้มันอดเหมือนลูกฉัน]"
        ),
    ),
    Frame(
        id="other.malicious.neighbour_teacher_fence",
        category="other",
        credibility="malicious",
        hard="malicious_detail",
        voice="neighbour in a fence feud attacking a teacher next door",
        channels=("line_chat", "phone_transcript"),
        text=(
            "ครู{name} [ที่สอนอยู่|สอนที่]{school} บ้านติดกับผม {village} "
            "[ปลูกต้นไม้ให้กิ่งยื่นมาบ้านผม|จอดรถขวางหน้าบ้านผม]ตั้งแต่วันที่ {date} "
            "[ครูอะไรหน้าตาแบบนี้|หน้าตาเหมือนคนติดยา] [พูดจาไม่เป็นผู้ดี|ผัวก็ขี้เหล้า] "
            "[คนแบบนี้สอนเด็กได้ยังไง|สอนหนังสือให้เด็กเสียคน] "
            "[ผมขอให้ย้ายไปไกลๆ|ขอให้ไล่ออกเลยครับ] [ไม่งั้นผมจะโพสต์ประจานให้ทั้งจังหวัดรู้|]"
        ),
    ),
    Frame(
        id="other.malicious.love_rival_district_clerk",
        category="other",
        credibility="malicious",
        voice="jealous woman attacking a district-office clerk over a boyfriend",
        channels=("line_chat",),
        text=(
            "[อีผู้หญิงคนนี้|นังคนนี้]ชื่อ{name} ทำงาน[ที่ว่าการอำเภอ{district}|ที่{agency}] "
            "[แย่งแฟนหนู|ไปยุ่งกับผัวชาวบ้าน] [หน้าด้านมาก|ไม่มียางอาย] "
            "[ข้าราชการอะไรทำตัวแบบนี้|แต่งตัวโป๊ไปทำงาน] "
            "[ขอให้ไล่ออกค่ะ|ช่วยลงโทษมันให้หนักที่สุด][😤😤|]"
        ),
    ),
    Frame(
        id="other.malicious.threat_parking_official",
        category="other",
        credibility="malicious",
        voice="man threatening a neighbour who is an official, over parking",
        channels=("line_chat", "phone_transcript"),
        text=(
            "บอก[ปลัด|สารวัตร|ผู้ใหญ่]{name}ไว้เลยนะ ถ้า[ยังจอดรถขวางหน้าบ้านกูอีก|หมามันมาขี้หน้าบ้านกูอีก] "
            "[กูเผารถมันแน่|เจอกูแน่] [ไม่ต้องมาใช้ตำแหน่งข่มกู|ยศใหญ่แค่ไหนกูไม่กลัว][😠|]"
        ),
    ),
    Frame(
        id="other.malicious.chain_teacher_private_life",
        category="other",
        credibility="malicious",
        voice="copy-paste campaign about a teacher's private life",
        channels=("line_chat",),
        text=(
            "[‼️|📢]ส่งต่อให้ถึง [100|200] คน!! ไล่ครู{name}ออกจาก{school} "
            "[ครูคนนี้สักเต็มแขน ไปเที่ยวผับทุกคืน|ครูคนนี้หย่ากับสามีแล้วไปมีคนใหม่] "
            "[ไม่เหมาะจะเป็นแม่พิมพ์ของชาติ|ผู้ปกครองทนไม่ไหวแล้ว] "
            "[ใครเห็นด้วยพิมพ์ 1 แล้วส่งต่อ|ช่วยกันแชร์จนกว่าจะโดนย้าย]"
        ),
    ),
    Frame(
        id="other.malicious.polite_unpaid_debt_official",
        category="other",
        credibility="malicious",
        hard="malicious_detail",
        voice="creditor's polite but long letter demanding an official be dismissed over a private debt",
        channels=("letter",),
        text=(
            "เรียน [ท่านผู้ว่าราชการจังหวัด{province}|ท่านนายอำเภอ{district}|ผู้บังคับบัญชาของ{official}]\n"
            "เรื่อง ขอให้พิจารณาลงโทษ{official}\n\n"
            "ด้วยข้าพเจ้า{person} [ประกอบอาชีพค้าขาย|เป็นเจ้าของร้านวัสดุก่อสร้าง]อยู่ที่ตำบล{tambon} "
            "ขอเรียนว่า{official}ได้ยืมเงินข้าพเจ้าเป็นการส่วนตัวจำนวน {amount} เมื่อวันที่ {date} "
            "โดยสัญญาว่าจะคืนภายในสามเดือน แต่จนบัดนี้ยังไม่ได้คืน\n\n"
            "<<บุคคลผู้นี้เป็นผู้ที่มีนิสัย[ชอบเล่นการพนัน|ใช้จ่ายฟุ่มเฟือย]เป็นที่รู้กันทั่วไป "
            "[ภริยาก็ทิ้งไปแล้ว|ครอบครัวแตกแยก]เพราะความประพฤติของตนเอง ##"
            "ข้าพเจ้าเห็นว่าบุคคลที่[ไม่มีสัจจะ|ไม่รักษาคำพูด]เช่นนี้ไม่สมควรดำรงตำแหน่งข้าราชการ "
            "และไม่ควรได้รับเงินเดือนจากภาษีของประชาชน >>\n\n"
            "ข้าพเจ้าจึงใคร่ขอให้ท่าน[สั่งให้บุคคลผู้นี้ออกจากราชการ|สั่งย้ายบุคคลผู้นี้ไปให้พ้นจากพื้นที่]โดยเร็ว "
            "และขอให้หักเงินเดือนมาชำระหนี้แก่ข้าพเจ้า "
            "[หากยังนิ่งเฉย ข้าพเจ้าจะนำรูปและประวัติของบุคคลผู้นี้ไปติดประกาศทั่วตลาด|"
            "หากไม่ได้รับการตอบสนอง ข้าพเจ้าจะนำเรื่องส่วนตัวทั้งหมดของบุคคลผู้นี้ไปเปิดเผยต่อสื่อ]\n\n"
            "ทั้งนี้ข้าพเจ้าได้ทวงถามหลายครั้งแล้ว [ทั้งทางโทรศัพท์และไปพบที่บ้าน|รวมถึงไปพบที่ทำงาน]\n\n"
            "จึงเรียนมาเพื่อโปรดพิจารณาดำเนินการ\nขอแสดงความนับถือ\n{person}"
        ),
    ),
    Frame(
        id="other.malicious.dox_threat_flirting",
        category="other",
        credibility="malicious",
        hard="malicious_detail",
        voice="brother angry that an official flirted with his sister",
        channels=("line_chat",),
        text=(
            "[ไอ้|]{official} มันมาจีบน้องสาวผม[ทั้งที่มีเมียแล้ว|ทั้งที่แก่คราวพ่อ] "
            "[ผมจะเอาเบอร์ {phone} ของมันไปลงทุกกลุ่ม|ผมจะไปดักรอหน้าบ้านมัน] "
            "[ให้คนโทรไปด่าทั้งวันทั้งคืน|ให้มันรู้ว่ายุ่งกับใคร] "
            "[ไอ้เฒ่าหัวงู|ไอ้หน้าหม้อ][ 🤬|]"
        ),
    ),
    Frame(
        id="other.malicious.sister_nurse_gold",
        category="other",
        credibility="malicious",
        hard="malicious_detail",
        voice="sibling in a family feud trying to get a nurse sister's licence revoked",
        channels=("web_form", "phone_transcript"),
        text=(
            "[ขอร้องเรียน|แจ้งเรื่อง]พยาบาลชื่อ{person} ทำงานอยู่{hospital} เป็นน้องสาวดิฉันเอง "
            "[แม่เสียเมื่อวันที่ {date}|ตอนแม่ป่วยหนัก] มันขนสร้อยทองแม่ไปหมด[ประมาณ 5 บาท|] "
            "[ทั้งตระกูลรู้ว่ามันเห็นแก่เงิน|มันเป็นคนเนรคุณ] [ผัวมันก็ตกงาน|ลูกมันก็เกเร] "
            "[คนแบบนี้ไม่ควรเป็นพยาบาล|ให้มันรักษาคนไข้ได้ยังไง] "
            "ขอให้[ยึดใบประกอบวิชาชีพ|ไล่ออกจากโรงพยาบาล]ด้วยค่ะ[ ดิฉันจะเล่าเรื่องเสียๆ หายๆ ของมันให้ฟังทั้งหมด|]"
        ),
    ),
    Frame(
        id="other.malicious.mp_looks_mockery",
        category="other",
        credibility="malicious",
        voice="online commenter mocking a politician's looks",
        channels=("line_chat", "web_form"),
        text=(
            "[ส.ส.|สจ.|นายก อบจ.]{person}[ หน้าอย่างนี้|] [หน้าเหมือนคางคก|ตัวอย่างกับช้างน้ำ] "
            "[ยังมีหน้ามาเป็นผู้แทน|ยังกล้าขึ้นป้ายหาเสียง] "
            "[ใส่สูทก็ไม่ช่วย|เมียคงตาบอด] [อย่าให้ได้กลับมาอีก|ไล่ไปให้พ้นจังหวัด{province}][ 🤮| 555|]"
        ),
    ),
    Frame(
        id="other.malicious.headman_wife_monk_rumour",
        category="other",
        credibility="malicious",
        hard="malicious_detail",
        voice="anonymous note spreading a rumour about a village head's wife",
        channels=("letter", "web_form"),
        text=(
            "[ขอแจ้งให้ทราบว่า|เรียนเจ้าหน้าที่] ภรรยาของผู้ใหญ่บ้าน{name} {village} "
            "[แอบไปหาหลวงพี่ที่วัดทุกคืน|มีความสัมพันธ์กับพระ] [ชาวบ้านเห็นกันหลายคน|ใครๆ ก็พูดกัน] "
            "[ผู้ใหญ่บ้านปกครองเมียตัวเองยังไม่ได้|บ้านตัวเองยังเอาไม่รอด] จะมาปกครองหมู่บ้านได้อย่างไร "
            "[ขอให้ปลดออกจากตำแหน่ง|ควรลาออกไปซะ] [ลงชื่อ ผู้หวังดี|ชาวบ้านผู้ทนไม่ได้]"
        ),
    ),
    Frame(
        id="other.malicious.drunk_cockfight_kamnan",
        category="other",
        credibility="malicious",
        hard="malicious_detail",
        voice="drunk man on the phone cursing a kamnan after losing a private bet",
        channels=("phone_transcript",),
        text=(
            "ฮัลโหล [เออ|ฟังนะ] กูจะแจ้ง[กำนัน|ผู้ใหญ่]{name} ตำบล{tambon} "
            "[ไอ้นี่มันโกงกู|ไอ้นี่มันขี้โกง] [เมื่อวาน|เมื่อ{weekday}]พนันไก่กันที่บ้านมัน กูเสียไป {amount_small} "
            "[มันต้มกู|มันเปลี่ยนไก่] ไอ้[ชาติหมา|สันดานเลว] "
            "[มึงไล่มันออกจากกำนันเลยนะ|เอามันออกจากตำแหน่งเดี๋ยวนี้] "
            "[ไม่งั้นกูไปเอาเรื่องเองแน่|ไม่งั้นกูจะไปพังบ้านมัน] [แค่นี้แหละ|]"
        ),
    ),
    Frame(
        id="other.malicious.tenant_soldier_insult",
        category="other",
        credibility="malicious",
        hard="malicious_detail",
        voice="landlady attacking a soldier tenant to get him discharged",
        channels=("line_chat", "web_form"),
        text=(
            "[จ่า|สิบเอก]{name} ทหาร[ค่ายแถวนี้|]ที่มาเช่าห้องป้า[ห้อง 204|ห้อง 11]{road} "
            "ค้างค่าเช่า[สองเดือน|ตั้งแต่เดือน{month}] "
            "[หน้าตาก็ไม่รับแขก|ตัวเหม็นเหล้าทุกวัน] [เมียก็หนีไปแล้ว|พาผู้หญิงเข้าห้องไม่ซ้ำหน้า] "
            "[ทหารเลวๆ แบบนี้ต้องโดนปลด|ขอให้ผู้บังคับบัญชาไล่ออก]"
            "[ ป้าจะไปตะโกนด่าหน้าค่ายด้วย|]"
        ),
    ),
    Frame(
        id="other.malicious.ex_boyfriend_nurse_terse",
        category="other",
        credibility="malicious",
        voice="spurned ex-boyfriend, short vengeful LINE",
        channels=("line_chat",),
        text=(
            "{name} พยาบาล{hospital} [ทิ้งผมไปมีคนใหม่|หลอกผมมาสามปี] "
            "[ผมจะทำให้มันตกงาน|จะให้ทุกคนรู้ว่ามันเป็นคนยังไง][ รอดู|]"
        ),
    ),
    # ------------------------------------------------------------------ added hard and short cases
    Frame(
        id="other.credible.nayok_owes_for_cattle",
        category="other",
        credibility="credible",
        hard="two_category",
        voice="cattle farmer, private sale to an official who has not paid, phone call",
        channels=("phone_transcript", "line_chat"),
        text=(
            "[ฮัลโหลครับ|ครับ] คือผมเลี้ยงวัวอยู่{village} ครับ "
            "[นายก อบต.|รองนายก อบต.|กำนัน]{name} [เขามาซื้อวัวผม|ซื้อวัวขุนจากผม] [สามตัว|ห้าตัว] เป็นการส่วนตัวนะครับ "
            "[ไม่เกี่ยวกับงานราชการ|เขาซื้อไปเลี้ยงที่ฟาร์มเขาเอง] เมื่อวันที่ {date} ตกลงราคากัน [85,000|120,000|150,000] บาท "
            "จ่ายมาแค่[ครึ่งเดียว|มัดจำ {amount_small}] ที่เหลือบอกเดือนหน้า "
            "[นี่ผ่านมาครึ่งปีแล้ว|ทวงทีไรก็บอกรอก่อน] "
            "[ผมมีใบที่เขาเซ็นรับวัวไว้|มีพยานตอนส่งวัวสองคน]ครับ "
            "[ผมไม่อยากมีเรื่องกับผู้ใหญ่|ไม่ได้จะกล่าวหาเรื่องงานเขานะ] แค่อยากรู้ว่าจะทวงเงินผ่านทางไหนได้บ้างครับ"
        ),
    ),
    Frame(
        id="other.credible.neighbour_dog_bite_furious",
        category="other",
        credibility="credible",
        hard="credible_insult",
        voice="father furious that a neighbour's dog bit his son, LINE",
        channels=("line_chat", "phone_transcript"),
        text=(
            "[ไอ้ข้างบ้าน|เพื่อนบ้านเวร]มันเลี้ยงหมา[ไม่ล่าม|ปล่อยเพ่นพ่าน] "
            "[หมาพิทบูลมัน|หมามัน]กัดลูกผม[อายุ 7 ขวบ|ป.2]ที่น่องเมื่อวันที่ {date} [ตอน{time}|หน้าบ้านตัวเอง] "
            "<<ต้องเย็บ [6|8] เข็ม ฉีดวัคซีนที่{hospital} ค่ารักษา {amount_small} ##"
            "ไปบอกมัน มัน[ยักไหล่บอกหมาไม่เคยกัดใคร|ด่ากลับว่าลูกผมไปแหย่เอง] >>"
            "[ไอ้คนไม่มีสำนึก|สันดานเจ้าของก็เหมือนหมามัน] "
            "บ้านมันอยู่{road} [ผมมีคลิปกล้องหน้าบ้าน|มีใบรับรองแพทย์] "
            "[จะเรียกค่าเสียหายต้องไปแจ้งที่ไหน|ต้องไปลงบันทึกประจำวันก่อนใช่ไหม]"
        ),
    ),
    Frame(
        id="other.frivolous.tester_keyword_spam",
        category="other",
        credibility="frivolous",
        hard="frivolous_vocab",
        voice="developer-ish user probing the classifier with keywords",
        channels=("web_form",),
        text=(
            "[ลองพิมพ์ดู|ทดสอบระบบ] [ทุจริต โกง สินบน คอรัปชั่น ฮั้วประมูล|สินบน ส่วย เงินใต้โต๊ะ ยักยอก] "
            "[ระบบจับคำได้ไหม|อยากรู้ว่า AI จะตอบว่าอะไร][ 555|]"
        ),
    ),
    Frame(
        id="other.frivolous.sent_by_mistake",
        category="other",
        credibility="frivolous",
        voice="user apologising for a mistaken message",
        channels=("line_chat",),
        text="[ส่งผิดครับ ขอโทษครับ|ขอโทษค่ะ กดผิด|พิมพ์ผิดห้องค่ะ 🙏|ลูกเล่นโทรศัพท์แล้วกดส่งครับ]",
    ),
    Frame(
        id="other.frivolous.ask_hotline_number",
        category="other",
        credibility="frivolous",
        voice="caller asking for a phone number only",
        channels=("line_chat", "phone_transcript"),
        text="[ขอเบอร์|สอบถามเบอร์]ศูนย์ดำรงธรรม[จังหวัด{province}|อำเภอ{district}]หน่อย[ครับ|ค่ะ|จ้า]",
    ),
    Frame(
        id="other.malicious.attack_complaint_officer",
        category="other",
        credibility="malicious",
        hard="service_official",
        voice="man angry that a complaint officer did not side with him in a land dispute",
        channels=("line_chat", "web_form"),
        text=(
            "เจ้าหน้าที่ศูนย์ดำรงธรรม[จังหวัด{province}|อำเภอ{district}]ชื่อ{name} "
            "[ที่รับเรื่องที่ดินผมกับข้างบ้าน|ที่ไกล่เกลี่ยเรื่องผมกับเพื่อนบ้าน] "
            "[หน้าโง่|ไอ้ขี้ข้า] [เข้าข้างมันเพราะมันรวย|ทำหน้ารำคาญใส่ผม] "
            "[ผมจะตามไปถึงบ้าน|ผมจะถ่ายคลิปประจานให้ดังทั้งประเทศ] "
            "[ขอให้ไล่ออกด่วน|คนแบบนี้อย่าให้มาทำงาน][!!|]"
        ),
    ),
    Frame(
        id="other.credible.fake_parcel_sms_short",
        category="other",
        credibility="credible",
        voice="office worker, one-line report of a phishing SMS",
        channels=("web_form", "line_chat"),
        text="กดลิงก์ SMS [ขนส่งปลอม|ค่าไฟคืนเงิน] เงินหายจากบัญชี [4,800|12,000|35,000|68,500] บาท [เมื่อ{weekday}|วันที่ {date}] ทำไงดี[ครับ|คะ]",
    ),
]
