<?php
// The peer of `certificates issue --merged-only` in bench/bench_certificates.py: TCPDF (Debian's
// php-tcpdf, the PDF engine behind Moodle's certificates) drawing Course Manager's own
// trilingual certificate page for every person of a batch, into one PDF.
//
//   php bench/tcpdf_certificates.php fonts JOB.json   # once: TCPDF's font files from the TTFs
//   php bench/tcpdf_certificates.php draw JOB.json OUT.pdf
//
// JOB.json (written by the bench) holds what Course Manager draws: the fonts (TrueType files),
// the page's shared operations (frame, titles, programme, modules, signatures, logos) and each
// person's own (name, Latin name, serial, code, date and the QR code, whose text TCPDF encodes
// itself). Every page draws everything, as TCPDF users do; the font is subset, as TCPDF does by
// default.

require_once '/usr/share/php/tcpdf/tcpdf.php';

$mode = $argv[1];
$job = json_decode(file_get_contents($argv[2]), true);
$fontdir = rtrim($job['tcpdf_fonts'], '/') . '/';

if ($mode === 'fonts') {
    $names = array();
    foreach ($job['fonts'] as $key => $file) {
        $names[$key] = TCPDF_FONTS::addTTFfont($file, 'TrueTypeUnicode', '', 32, $fontdir);
    }
    file_put_contents($fontdir . 'names.json', json_encode($names));
    exit(0);
}

$names = json_decode(file_get_contents($fontdir . 'names.json'), true);
$pdf = new TCPDF('L', 'mm', array($job['page_h'], $job['page_w']), true, 'UTF-8', false);
$pdf->setPrintHeader(false);
$pdf->setPrintFooter(false);
$pdf->SetMargins(0, 0, 0);
$pdf->SetAutoPageBreak(false);
$pdf->setCellPaddings(0, 0, 0, 0);
$pdf->setFontSubsetting(true);
$pdf->SetCreator('TCPDF');
$pdf->SetTitle($job['title']);
foreach ($names as $key => $name) {
    $pdf->AddFont($name, '', $fontdir . $name . '.php');
}
$qr_style = array('border' => false, 'padding' => 0, 'fgcolor' => array(0, 0, 0), 'bgcolor' => false);

function draw($pdf, $ops, $names, $qr_style) {
    foreach ($ops as $op) {
        switch ($op[0]) {
            case 'font':  // [font, key, size in pt]
                $pdf->SetFont($names[$op[1]], '', $op[2]);
                break;
            case 'text':  // [text, x, baseline y, string]
                $pdf->Text($op[1], $op[2], $op[3], false, false, true, 0, 0, '', false, '', 0, false, 'L', 'M');
                break;
            case 'cell':  // [cell, x, y, w, h, string, align]
                $pdf->SetXY($op[1], $op[2]);
                $pdf->Cell($op[3], $op[4], $op[5], 0, 0, $op[6], false, '', 0, false, 'T', 'M');
                break;
            case 'image':  // [image, file, x, y, w, h]
                $pdf->Image($op[1], $op[2], $op[3], $op[4], $op[5], 'PNG', '', '', false, 300, '', false, false, 0, true);
                break;
            case 'rect':
                $pdf->Rect($op[1], $op[2], $op[3], $op[4], 'D');
                break;
            case 'line':
                $pdf->Line($op[1], $op[2], $op[3], $op[4]);
                break;
            case 'text_color':
                $pdf->SetTextColor($op[1], $op[2], $op[3]);
                break;
            case 'draw_color':
                $pdf->SetDrawColor($op[1], $op[2], $op[3]);
                break;
            case 'line_width':
                $pdf->SetLineWidth($op[1]);
                break;
            case 'qr':  // [qr, x, y, size, text]: the code, and the text as a link over it
                $pdf->write2DBarcode($op[4], 'QRCODE,M', $op[1], $op[2], $op[3], $op[3], $qr_style, 'N');
                $pdf->Link($op[1], $op[2], $op[3], $op[3], $op[4]);
                break;
        }
    }
}

foreach ($job['pages'] as $own) {
    $pdf->AddPage();
    draw($pdf, $job['shared'], $names, $qr_style);
    draw($pdf, $own, $names, $qr_style);
}
$pdf->Output($argv[3], 'F');
