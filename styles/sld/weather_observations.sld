<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc" xmlns:se="http://www.opengis.net/se" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" version="1.1.0" xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.1.0/StyledLayerDescriptor.xsd">
 <NamedLayer>
  <se:Name>weather_observations</se:Name>
  <UserStyle>
   <se:Name>weather_observations</se:Name>
   <se:FeatureTypeStyle>
    <se:Rule>
     <se:Name>Wind (arrow points downwind)</se:Name>
     <se:Description>
      <se:Title>Wind (arrow points downwind)</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:Not>
       <ogc:PropertyIsNull>
        <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
       </ogc:PropertyIsNull>
      </ogc:Not>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="../symbols/wind_arrow.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>29</se:Size>
       <se:Rotation>
        <ogc:Add>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>180</ogc:Literal>
        </ogc:Add>
       </se:Rotation>
      </se:Graphic>
     </se:PointSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>No wind direction</se:Name>
     <se:Description>
      <se:Title>No wind direction</se:Title>
     </se:Description>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:Mark>
        <se:WellKnownName>circle</se:WellKnownName>
        <se:Fill>
         <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
        </se:Fill>
        <se:Stroke>
         <se:SvgParameter name="stroke">#0d47a1</se:SvgParameter>
         <se:SvgParameter name="stroke-width">1</se:SvgParameter>
        </se:Stroke>
       </se:Mark>
       <se:Size>11</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>wind_speed_ms</ogc:PropertyName> m/s</se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
       <se:SvgParameter name="font-weight">bold</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.0</se:AnchorPointX>
         <se:AnchorPointY>0.5</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>17</se:DisplacementX>
         <se:DisplacementY>0</se:DisplacementY>
        </se:Displacement>
       </se:PointPlacement>
      </se:LabelPlacement>
      <se:Fill>
       <se:SvgParameter name="fill">#0d47a1</se:SvgParameter>
      </se:Fill>
      <se:Graphic>
       <se:Mark>
        <se:WellKnownName>square</se:WellKnownName>
        <se:Fill>
         <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
         <se:SvgParameter name="fill-opacity">0.78</se:SvgParameter>
        </se:Fill>
        <se:Stroke>
         <se:SvgParameter name="stroke">#808080</se:SvgParameter>
         <se:SvgParameter name="stroke-width">0.5</se:SvgParameter>
        </se:Stroke>
       </se:Mark>
       <se:Size>4</se:Size>
      </se:Graphic>
      <se:VendorOption name="maxDisplacement">3</se:VendorOption>
      <se:VendorOption name="graphic-resize">stretch</se:VendorOption>
      <se:VendorOption name="graphic-margin">2 1</se:VendorOption>
     </se:TextSymbolizer>
    </se:Rule>
   </se:FeatureTypeStyle>
  </UserStyle>
 </NamedLayer>
</StyledLayerDescriptor>
