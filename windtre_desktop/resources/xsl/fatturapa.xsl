<?xml version="1.0" encoding="UTF-8"?>
<!-- windtre-desktop's own FatturaPA view: expects the invoice with namespaces removed;
     every label comes in as a parameter (l_*) so one sheet serves all languages. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="html" encoding="UTF-8" indent="no"/>

  <xsl:param name="lang" select="'it'"/>
  <xsl:param name="l_title" select="'Fattura elettronica'"/>
  <xsl:param name="l_credit_note" select="'Nota di credito'"/>
  <xsl:param name="l_number" select="'Numero'"/>
  <xsl:param name="l_date" select="'Data'"/>
  <xsl:param name="l_doc_type" select="'Tipo documento'"/>
  <xsl:param name="l_currency" select="'Valuta'"/>
  <xsl:param name="l_total" select="'Totale'"/>
  <xsl:param name="l_seller" select="'Cedente'"/>
  <xsl:param name="l_buyer" select="'Cessionario'"/>
  <xsl:param name="l_vat" select="'P.IVA'"/>
  <xsl:param name="l_tax_code" select="'C.F.'"/>
  <xsl:param name="l_address" select="'Sede'"/>
  <xsl:param name="l_regime" select="'Regime'"/>
  <xsl:param name="l_transmission" select="'Trasmissione'"/>
  <xsl:param name="l_recipient_code" select="'Codice destinatario'"/>
  <xsl:param name="l_pec" select="'PEC'"/>
  <xsl:param name="l_format" select="'Formato'"/>
  <xsl:param name="l_reason" select="'Causale'"/>
  <xsl:param name="l_lines" select="'Linee'"/>
  <xsl:param name="l_line" select="'N.'"/>
  <xsl:param name="l_description" select="'Descrizione'"/>
  <xsl:param name="l_quantity" select="'Quantità'"/>
  <xsl:param name="l_unit" select="'U.M.'"/>
  <xsl:param name="l_unit_price" select="'Prezzo'"/>
  <xsl:param name="l_discount" select="'Sconto'"/>
  <xsl:param name="l_line_total" select="'Totale'"/>
  <xsl:param name="l_vat_rate" select="'IVA %'"/>
  <xsl:param name="l_nature" select="'Natura'"/>
  <xsl:param name="l_summary" select="'Riepilogo IVA'"/>
  <xsl:param name="l_taxable" select="'Imponibile'"/>
  <xsl:param name="l_tax" select="'Imposta'"/>
  <xsl:param name="l_payability" select="'Esigibilità'"/>
  <xsl:param name="l_payment" select="'Pagamento'"/>
  <xsl:param name="l_terms" select="'Condizioni'"/>
  <xsl:param name="l_method" select="'Modalità'"/>
  <xsl:param name="l_due" select="'Scadenza'"/>
  <xsl:param name="l_amount" select="'Importo'"/>
  <xsl:param name="l_iban" select="'IBAN'"/>
  <xsl:param name="l_bank" select="'Istituto'"/>
  <xsl:param name="l_attachments" select="'Allegati'"/>
  <xsl:param name="l_attachment_name" select="'Nome'"/>
  <xsl:param name="l_attachment_format" select="'Formato'"/>
  <xsl:param name="l_body" select="'Documento'"/>
  <xsl:param name="l_of" select="'di'"/>
  <xsl:param name="l_withholding" select="'Ritenuta'"/>
  <xsl:param name="l_stamp" select="'Bollo'"/>

  <!-- How numbers, money and dates are written: i18n.formatting.fatturapa_style() gives them, so the
       invoice reads like the rest of the interface. "¤" in the money affixes stands for the currency. -->
  <xsl:param name="decimal_separator" select="','"/>
  <xsl:param name="group_separator" select="'.'"/>
  <xsl:param name="negative_sign" select="'-'"/>
  <xsl:param name="money_before" select="''"/>
  <xsl:param name="money_after" select="'&#160;¤'"/>
  <xsl:param name="negative_money_before" select="'-'"/>
  <xsl:param name="negative_money_after" select="'&#160;¤'"/>
  <xsl:param name="date_form" select="'dd/MM/yyyy'"/>

  <xsl:template match="/">
    <html lang="{$lang}">
      <head>
        <meta charset="utf-8"/>
        <title><xsl:value-of select="$l_title"/></title>
        <!-- layout only: the viewer adds the colours (text, header cells, rules) from the light or
             dark palette as the document's default style sheet -->
        <style>
          body { font-family: sans-serif; font-size: 10pt; }
          h1 { font-size: 14pt; } h2 { font-size: 12pt; }
          table { border-collapse: collapse; width: 100%; margin-bottom: 8px; }
          th, td { padding: 3px 5px; vertical-align: top; }
          th { text-align: left; }
          td.num { text-align: right; }
          .parties td { width: 50%; border: none; }
          .credit { font-weight: bold; }
        </style>
      </head>
      <body>
        <xsl:apply-templates select="FatturaElettronica"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="FatturaElettronica">
    <xsl:variable name="header" select="FatturaElettronicaHeader"/>
    <h1><xsl:value-of select="$l_title"/> (<xsl:value-of select="@versione"/>)</h1>
    <table class="parties">
      <tr>
        <td>
          <h2><xsl:value-of select="$l_seller"/></h2>
          <xsl:apply-templates select="$header/CedentePrestatore" mode="party"/>
        </td>
        <td>
          <h2><xsl:value-of select="$l_buyer"/></h2>
          <xsl:apply-templates select="$header/CessionarioCommittente" mode="party"/>
        </td>
      </tr>
    </table>
    <xsl:for-each select="$header/DatiTrasmissione">
      <p>
        <xsl:value-of select="$l_transmission"/>:
        <xsl:value-of select="$l_format"/>&#160;<xsl:value-of select="FormatoTrasmissione"/>;
        <xsl:value-of select="$l_recipient_code"/>&#160;<xsl:value-of select="CodiceDestinatario"/>
        <xsl:if test="PECDestinatario">; <xsl:value-of select="$l_pec"/>&#160;<xsl:value-of select="PECDestinatario"/></xsl:if>
      </p>
    </xsl:for-each>
    <xsl:variable name="count" select="count(FatturaElettronicaBody)"/>
    <xsl:for-each select="FatturaElettronicaBody">
      <xsl:if test="$count &gt; 1">
        <h2><xsl:value-of select="$l_body"/>&#160;<xsl:value-of select="position()"/>&#160;<xsl:value-of select="$l_of"/>&#160;<xsl:value-of select="$count"/></h2>
      </xsl:if>
      <xsl:apply-templates select="."/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="*" mode="party">
    <xsl:variable name="data" select="DatiAnagrafici"/>
    <p>
      <strong>
        <xsl:choose>
          <xsl:when test="$data/Anagrafica/Denominazione"><xsl:value-of select="$data/Anagrafica/Denominazione"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$data/Anagrafica/Nome"/><xsl:text> </xsl:text><xsl:value-of select="$data/Anagrafica/Cognome"/></xsl:otherwise>
        </xsl:choose>
      </strong>
      <xsl:if test="$data/IdFiscaleIVA">
        <br/><xsl:value-of select="$l_vat"/>: <xsl:value-of select="$data/IdFiscaleIVA/IdPaese"/><xsl:value-of select="$data/IdFiscaleIVA/IdCodice"/>
      </xsl:if>
      <xsl:if test="$data/CodiceFiscale">
        <br/><xsl:value-of select="$l_tax_code"/>: <xsl:value-of select="$data/CodiceFiscale"/>
      </xsl:if>
      <xsl:if test="$data/RegimeFiscale">
        <br/><xsl:value-of select="$l_regime"/>: <xsl:value-of select="$data/RegimeFiscale"/>
      </xsl:if>
      <xsl:for-each select="Sede">
        <br/><xsl:value-of select="$l_address"/>:
        <xsl:value-of select="Indirizzo"/><xsl:if test="NumeroCivico">&#160;<xsl:value-of select="NumeroCivico"/></xsl:if>,
        <xsl:value-of select="CAP"/>&#160;<xsl:value-of select="Comune"/>
        <xsl:if test="Provincia"> (<xsl:value-of select="Provincia"/>)</xsl:if>
        <xsl:text> </xsl:text><xsl:value-of select="Nazione"/>
      </xsl:for-each>
    </p>
  </xsl:template>

  <xsl:template match="FatturaElettronicaBody">
    <xsl:variable name="doc" select="DatiGenerali/DatiGeneraliDocumento"/>
    <table class="facts">
      <tr>
        <th><xsl:value-of select="$l_doc_type"/></th>
        <th><xsl:value-of select="$l_number"/></th>
        <th><xsl:value-of select="$l_date"/></th>
        <th><xsl:value-of select="$l_currency"/></th>
        <th><xsl:value-of select="$l_total"/></th>
      </tr>
      <tr>
        <td>
          <xsl:value-of select="$doc/TipoDocumento"/>
          <xsl:if test="$doc/TipoDocumento = 'TD04' or $doc/TipoDocumento = 'TD08'">
            <xsl:text> </xsl:text><span class="credit"><xsl:value-of select="$l_credit_note"/></span>
          </xsl:if>
        </td>
        <td class="number"><xsl:value-of select="$doc/Numero"/></td>
        <td><xsl:call-template name="date"><xsl:with-param name="value" select="normalize-space($doc/Data)"/></xsl:call-template></td>
        <td><xsl:value-of select="$doc/Divisa"/></td>
        <td class="num total"><xsl:call-template name="money"><xsl:with-param name="value" select="normalize-space($doc/ImportoTotaleDocumento)"/></xsl:call-template></td>
      </tr>
    </table>
    <xsl:for-each select="$doc/Causale">
      <p><xsl:value-of select="$l_reason"/>: <xsl:value-of select="."/></p>
    </xsl:for-each>
    <xsl:for-each select="$doc/DatiRitenuta">
      <p><xsl:value-of select="$l_withholding"/>: <xsl:value-of select="TipoRitenuta"/>&#160;<xsl:call-template name="number"><xsl:with-param name="value" select="normalize-space(AliquotaRitenuta)"/></xsl:call-template>% = <xsl:call-template name="money"><xsl:with-param name="value" select="normalize-space(ImportoRitenuta)"/></xsl:call-template></p>
    </xsl:for-each>
    <xsl:for-each select="$doc/DatiBollo">
      <p><xsl:value-of select="$l_stamp"/>: <xsl:call-template name="money"><xsl:with-param name="value" select="normalize-space(ImportoBollo)"/></xsl:call-template></p>
    </xsl:for-each>

    <h2><xsl:value-of select="$l_lines"/></h2>
    <table class="lines">
      <tr>
        <th><xsl:value-of select="$l_line"/></th>
        <th><xsl:value-of select="$l_description"/></th>
        <th><xsl:value-of select="$l_quantity"/></th>
        <th><xsl:value-of select="$l_unit"/></th>
        <th><xsl:value-of select="$l_unit_price"/></th>
        <th><xsl:value-of select="$l_discount"/></th>
        <th><xsl:value-of select="$l_line_total"/></th>
        <th><xsl:value-of select="$l_vat_rate"/></th>
        <th><xsl:value-of select="$l_nature"/></th>
      </tr>
      <xsl:for-each select="DatiBeniServizi/DettaglioLinee">
        <tr>
          <td class="num"><xsl:value-of select="NumeroLinea"/></td>
          <td><xsl:value-of select="Descrizione"/></td>
          <td class="num"><xsl:call-template name="number"><xsl:with-param name="value" select="normalize-space(Quantita)"/></xsl:call-template></td>
          <td><xsl:value-of select="UnitaMisura"/></td>
          <td class="num"><xsl:call-template name="money"><xsl:with-param name="value" select="normalize-space(PrezzoUnitario)"/></xsl:call-template></td>
          <td>
            <xsl:for-each select="ScontoMaggiorazione">
              <xsl:value-of select="Tipo"/>&#160;<xsl:if test="Percentuale"><xsl:call-template name="number"><xsl:with-param name="value" select="normalize-space(Percentuale)"/></xsl:call-template>%</xsl:if>
              <xsl:if test="Importo"><xsl:call-template name="money"><xsl:with-param name="value" select="normalize-space(Importo)"/></xsl:call-template></xsl:if><xsl:if test="position() != last()">; </xsl:if>
            </xsl:for-each>
          </td>
          <td class="num"><xsl:call-template name="money"><xsl:with-param name="value" select="normalize-space(PrezzoTotale)"/></xsl:call-template></td>
          <td class="num"><xsl:call-template name="number"><xsl:with-param name="value" select="normalize-space(AliquotaIVA)"/></xsl:call-template></td>
          <td><xsl:value-of select="Natura"/></td>
        </tr>
      </xsl:for-each>
    </table>

    <h2><xsl:value-of select="$l_summary"/></h2>
    <table class="summary">
      <tr>
        <th><xsl:value-of select="$l_vat_rate"/></th>
        <th><xsl:value-of select="$l_nature"/></th>
        <th><xsl:value-of select="$l_taxable"/></th>
        <th><xsl:value-of select="$l_tax"/></th>
        <th><xsl:value-of select="$l_payability"/></th>
      </tr>
      <xsl:for-each select="DatiBeniServizi/DatiRiepilogo">
        <tr>
          <td class="num"><xsl:call-template name="number"><xsl:with-param name="value" select="normalize-space(AliquotaIVA)"/></xsl:call-template></td>
          <td><xsl:value-of select="Natura"/></td>
          <td class="num"><xsl:call-template name="money"><xsl:with-param name="value" select="normalize-space(ImponibileImporto)"/></xsl:call-template></td>
          <td class="num"><xsl:call-template name="money"><xsl:with-param name="value" select="normalize-space(Imposta)"/></xsl:call-template></td>
          <td><xsl:value-of select="EsigibilitaIVA"/></td>
        </tr>
      </xsl:for-each>
    </table>

    <xsl:if test="DatiPagamento">
      <h2><xsl:value-of select="$l_payment"/></h2>
      <table class="payment">
        <tr>
          <th><xsl:value-of select="$l_terms"/></th>
          <th><xsl:value-of select="$l_method"/></th>
          <th><xsl:value-of select="$l_due"/></th>
          <th><xsl:value-of select="$l_amount"/></th>
          <th><xsl:value-of select="$l_iban"/></th>
          <th><xsl:value-of select="$l_bank"/></th>
        </tr>
        <xsl:for-each select="DatiPagamento/DettaglioPagamento">
          <tr>
            <td><xsl:value-of select="../CondizioniPagamento"/></td>
            <td><xsl:value-of select="ModalitaPagamento"/></td>
            <td><xsl:call-template name="date"><xsl:with-param name="value" select="normalize-space(DataScadenzaPagamento)"/></xsl:call-template></td>
            <td class="num"><xsl:call-template name="money"><xsl:with-param name="value" select="normalize-space(ImportoPagamento)"/></xsl:call-template></td>
            <td><xsl:value-of select="IBAN"/></td>
            <td><xsl:value-of select="IstitutoFinanziario"/></td>
          </tr>
        </xsl:for-each>
      </table>
    </xsl:if>

    <xsl:if test="Allegati">
      <h2><xsl:value-of select="$l_attachments"/></h2>
      <ul class="attachments">
        <xsl:for-each select="Allegati">
          <li>
            <xsl:value-of select="NomeAttachment"/>
            <xsl:if test="FormatoAttachment"> (<xsl:value-of select="FormatoAttachment"/>)</xsl:if>
            <xsl:if test="DescrizioneAttachment"> — <xsl:value-of select="DescrizioneAttachment"/></xsl:if>
          </li>
        </xsl:for-each>
      </ul>
    </xsl:if>
  </xsl:template>

  <!-- Numbers, money and dates. A value that is not a plain decimal (or YYYY-MM-DD) is written as it is. -->
  <xsl:template name="is-decimal">
    <xsl:param name="value"/>
    <xsl:variable name="abs" select="substring($value, 1 + number(starts-with($value, '-') or starts-with($value, '+')))"/>
    <xsl:if test="$abs != '' and not(starts-with($abs, '.'))
                  and (translate($abs, '0123456789', '') = '' or translate($abs, '0123456789', '') = '.')">yes</xsl:if>
  </xsl:template>

  <xsl:template name="group">
    <xsl:param name="digits"/>
    <xsl:choose>
      <xsl:when test="string-length($digits) &gt; 3">
        <xsl:call-template name="group">
          <xsl:with-param name="digits" select="substring($digits, 1, string-length($digits) - 3)"/>
        </xsl:call-template>
        <xsl:value-of select="concat($group_separator, substring($digits, string-length($digits) - 2))"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$digits"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- the digits of a plain decimal, grouped, without its sign; every decimal written in the file kept -->
  <xsl:template name="digits">
    <xsl:param name="value"/>
    <xsl:variable name="abs" select="substring($value, 1 + number(starts-with($value, '-') or starts-with($value, '+')))"/>
    <xsl:variable name="whole">
      <xsl:choose>
        <xsl:when test="contains($abs, '.')"><xsl:value-of select="substring-before($abs, '.')"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$abs"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:call-template name="group">
      <xsl:with-param name="digits">
        <xsl:choose>
          <xsl:when test="string-length($whole) &lt;= 15"><xsl:value-of select="number($whole)"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$whole"/></xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:if test="substring-after($abs, '.') != ''">
      <xsl:value-of select="concat($decimal_separator, substring-after($abs, '.'))"/>
    </xsl:if>
  </xsl:template>

  <xsl:template name="number">
    <xsl:param name="value" select="normalize-space(.)"/>
    <xsl:variable name="plain"><xsl:call-template name="is-decimal"><xsl:with-param name="value" select="$value"/></xsl:call-template></xsl:variable>
    <xsl:choose>
      <xsl:when test="$plain = 'yes'">
        <xsl:if test="starts-with($value, '-') and translate($value, '-0.', '') != ''"><xsl:value-of select="$negative_sign"/></xsl:if>
        <xsl:call-template name="digits"><xsl:with-param name="value" select="$value"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- an amount in the document's currency (Divisa; EUR when absent): € for the euro, else its code -->
  <xsl:template name="money">
    <xsl:param name="value" select="normalize-space(.)"/>
    <xsl:param name="currency" select="normalize-space(ancestor-or-self::FatturaElettronicaBody/DatiGenerali/DatiGeneraliDocumento/Divisa)"/>
    <xsl:variable name="plain"><xsl:call-template name="is-decimal"><xsl:with-param name="value" select="$value"/></xsl:call-template></xsl:variable>
    <xsl:variable name="symbol">
      <xsl:choose>
        <xsl:when test="$currency = '' or $currency = 'EUR'">€</xsl:when>
        <xsl:otherwise><xsl:value-of select="$currency"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="negative" select="starts-with($value, '-') and translate($value, '-0.', '') != ''"/>
    <xsl:choose>
      <xsl:when test="$plain = 'yes' and $negative">
        <xsl:call-template name="affix"><xsl:with-param name="text" select="$negative_money_before"/><xsl:with-param name="symbol" select="$symbol"/></xsl:call-template>
        <xsl:call-template name="digits"><xsl:with-param name="value" select="$value"/></xsl:call-template>
        <xsl:call-template name="affix"><xsl:with-param name="text" select="$negative_money_after"/><xsl:with-param name="symbol" select="$symbol"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="$plain = 'yes'">
        <xsl:call-template name="affix"><xsl:with-param name="text" select="$money_before"/><xsl:with-param name="symbol" select="$symbol"/></xsl:call-template>
        <xsl:call-template name="digits"><xsl:with-param name="value" select="$value"/></xsl:call-template>
        <xsl:call-template name="affix"><xsl:with-param name="text" select="$money_after"/><xsl:with-param name="symbol" select="$symbol"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="affix">
    <xsl:param name="text"/>
    <xsl:param name="symbol"/>
    <xsl:choose>
      <xsl:when test="contains($text, '¤')">
        <xsl:value-of select="concat(substring-before($text, '¤'), $symbol, substring-after($text, '¤'))"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- a YYYY-MM-DD date in $date_form (dd, MM, yyyy stand for its parts) -->
  <xsl:template name="date">
    <xsl:param name="value" select="normalize-space(.)"/>
    <xsl:choose>
      <xsl:when test="string-length($value) &gt;= 10 and substring($value, 5, 1) = '-' and substring($value, 8, 1) = '-'
                      and translate(concat(substring($value, 1, 4), substring($value, 6, 2), substring($value, 9, 2)), '0123456789', '') = ''
                      and (string-length($value) = 10 or contains('TZ+-', substring($value, 11, 1)))">
        <xsl:call-template name="date-form">
          <xsl:with-param name="form" select="$date_form"/>
          <xsl:with-param name="value" select="$value"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="date-form">
    <xsl:param name="form"/>
    <xsl:param name="value"/>
    <xsl:if test="$form != ''">
      <xsl:variable name="step">
        <xsl:choose>
          <xsl:when test="starts-with($form, 'yyyy')">4</xsl:when>
          <xsl:when test="starts-with($form, 'MM') or starts-with($form, 'dd')">2</xsl:when>
          <xsl:otherwise>1</xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <xsl:choose>
        <xsl:when test="starts-with($form, 'yyyy')"><xsl:value-of select="substring($value, 1, 4)"/></xsl:when>
        <xsl:when test="starts-with($form, 'MM')"><xsl:value-of select="substring($value, 6, 2)"/></xsl:when>
        <xsl:when test="starts-with($form, 'dd')"><xsl:value-of select="substring($value, 9, 2)"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="substring($form, 1, 1)"/></xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="date-form">
        <xsl:with-param name="form" select="substring($form, $step + 1)"/>
        <xsl:with-param name="value" select="$value"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
