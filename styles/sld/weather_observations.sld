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
      <se:Title>Wind from 0° (arrow points downwind)</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:And>
       <ogc:PropertyIsNotEqualTo>
        <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
        <ogc:Literal />
       </ogc:PropertyIsNotEqualTo>
       <ogc:Or>
        <ogc:PropertyIsGreaterThanOrEqualTo>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>355</ogc:Literal>
        </ogc:PropertyIsGreaterThanOrEqualTo>
        <ogc:PropertyIsLessThan>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>5</ogc:Literal>
        </ogc:PropertyIsLessThan>
       </ogc:Or>
      </ogc:And>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="wind/from_000.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>29</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>wind_speed_ms</ogc:PropertyName> m/s</se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
       <se:SvgParameter name="font-weight">bold</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>0.5</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>40</se:DisplacementX>
         <se:DisplacementY>0</se:DisplacementY>
        </se:Displacement>
       </se:PointPlacement>
      </se:LabelPlacement>
      <se:Halo>
       <se:Radius>2</se:Radius>
       <se:Fill>
        <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
        <se:SvgParameter name="fill-opacity">0.78</se:SvgParameter>
       </se:Fill>
      </se:Halo>
      <se:Fill>
       <se:SvgParameter name="fill">#0d47a1</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Wind from 10°</se:Name>
     <se:Description>
      <se:Title>Wind from 10° (arrow points downwind)</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:And>
       <ogc:PropertyIsNotEqualTo>
        <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
        <ogc:Literal />
       </ogc:PropertyIsNotEqualTo>
       <ogc:And>
        <ogc:PropertyIsGreaterThanOrEqualTo>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>5</ogc:Literal>
        </ogc:PropertyIsGreaterThanOrEqualTo>
        <ogc:PropertyIsLessThan>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>15</ogc:Literal>
        </ogc:PropertyIsLessThan>
       </ogc:And>
      </ogc:And>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="wind/from_010.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>29</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>wind_speed_ms</ogc:PropertyName> m/s</se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
       <se:SvgParameter name="font-weight">bold</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>0.5</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>40</se:DisplacementX>
         <se:DisplacementY>0</se:DisplacementY>
        </se:Displacement>
       </se:PointPlacement>
      </se:LabelPlacement>
      <se:Halo>
       <se:Radius>2</se:Radius>
       <se:Fill>
        <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
        <se:SvgParameter name="fill-opacity">0.78</se:SvgParameter>
       </se:Fill>
      </se:Halo>
      <se:Fill>
       <se:SvgParameter name="fill">#0d47a1</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Wind from 20°</se:Name>
     <se:Description>
      <se:Title>Wind from 20° (arrow points downwind)</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:And>
       <ogc:PropertyIsNotEqualTo>
        <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
        <ogc:Literal />
       </ogc:PropertyIsNotEqualTo>
       <ogc:And>
        <ogc:PropertyIsGreaterThanOrEqualTo>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>15</ogc:Literal>
        </ogc:PropertyIsGreaterThanOrEqualTo>
        <ogc:PropertyIsLessThan>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>25</ogc:Literal>
        </ogc:PropertyIsLessThan>
       </ogc:And>
      </ogc:And>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="wind/from_020.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>29</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>wind_speed_ms</ogc:PropertyName> m/s</se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
       <se:SvgParameter name="font-weight">bold</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>0.5</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>40</se:DisplacementX>
         <se:DisplacementY>0</se:DisplacementY>
        </se:Displacement>
       </se:PointPlacement>
      </se:LabelPlacement>
      <se:Halo>
       <se:Radius>2</se:Radius>
       <se:Fill>
        <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
        <se:SvgParameter name="fill-opacity">0.78</se:SvgParameter>
       </se:Fill>
      </se:Halo>
      <se:Fill>
       <se:SvgParameter name="fill">#0d47a1</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Wind from 30°</se:Name>
     <se:Description>
      <se:Title>Wind from 30° (arrow points downwind)</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:And>
       <ogc:PropertyIsNotEqualTo>
        <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
        <ogc:Literal />
       </ogc:PropertyIsNotEqualTo>
       <ogc:And>
        <ogc:PropertyIsGreaterThanOrEqualTo>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>25</ogc:Literal>
        </ogc:PropertyIsGreaterThanOrEqualTo>
        <ogc:PropertyIsLessThan>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>35</ogc:Literal>
        </ogc:PropertyIsLessThan>
       </ogc:And>
      </ogc:And>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="wind/from_030.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>29</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>wind_speed_ms</ogc:PropertyName> m/s</se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
       <se:SvgParameter name="font-weight">bold</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>0.5</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>40</se:DisplacementX>
         <se:DisplacementY>0</se:DisplacementY>
        </se:Displacement>
       </se:PointPlacement>
      </se:LabelPlacement>
      <se:Halo>
       <se:Radius>2</se:Radius>
       <se:Fill>
        <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
        <se:SvgParameter name="fill-opacity">0.78</se:SvgParameter>
       </se:Fill>
      </se:Halo>
      <se:Fill>
       <se:SvgParameter name="fill">#0d47a1</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Wind from 40°</se:Name>
     <se:Description>
      <se:Title>Wind from 40° (arrow points downwind)</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:And>
       <ogc:PropertyIsNotEqualTo>
        <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
        <ogc:Literal />
       </ogc:PropertyIsNotEqualTo>
       <ogc:And>
        <ogc:PropertyIsGreaterThanOrEqualTo>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>35</ogc:Literal>
        </ogc:PropertyIsGreaterThanOrEqualTo>
        <ogc:PropertyIsLessThan>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>45</ogc:Literal>
        </ogc:PropertyIsLessThan>
       </ogc:And>
      </ogc:And>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="wind/from_040.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>29</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>wind_speed_ms</ogc:PropertyName> m/s</se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
       <se:SvgParameter name="font-weight">bold</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>0.5</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>40</se:DisplacementX>
         <se:DisplacementY>0</se:DisplacementY>
        </se:Displacement>
       </se:PointPlacement>
      </se:LabelPlacement>
      <se:Halo>
       <se:Radius>2</se:Radius>
       <se:Fill>
        <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
        <se:SvgParameter name="fill-opacity">0.78</se:SvgParameter>
       </se:Fill>
      </se:Halo>
      <se:Fill>
       <se:SvgParameter name="fill">#0d47a1</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Wind from 50°</se:Name>
     <se:Description>
      <se:Title>Wind from 50° (arrow points downwind)</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:And>
       <ogc:PropertyIsNotEqualTo>
        <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
        <ogc:Literal />
       </ogc:PropertyIsNotEqualTo>
       <ogc:And>
        <ogc:PropertyIsGreaterThanOrEqualTo>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>45</ogc:Literal>
        </ogc:PropertyIsGreaterThanOrEqualTo>
        <ogc:PropertyIsLessThan>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>55</ogc:Literal>
        </ogc:PropertyIsLessThan>
       </ogc:And>
      </ogc:And>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="wind/from_050.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>29</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>wind_speed_ms</ogc:PropertyName> m/s</se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
       <se:SvgParameter name="font-weight">bold</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>0.5</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>40</se:DisplacementX>
         <se:DisplacementY>0</se:DisplacementY>
        </se:Displacement>
       </se:PointPlacement>
      </se:LabelPlacement>
      <se:Halo>
       <se:Radius>2</se:Radius>
       <se:Fill>
        <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
        <se:SvgParameter name="fill-opacity">0.78</se:SvgParameter>
       </se:Fill>
      </se:Halo>
      <se:Fill>
       <se:SvgParameter name="fill">#0d47a1</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Wind from 60°</se:Name>
     <se:Description>
      <se:Title>Wind from 60° (arrow points downwind)</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:And>
       <ogc:PropertyIsNotEqualTo>
        <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
        <ogc:Literal />
       </ogc:PropertyIsNotEqualTo>
       <ogc:And>
        <ogc:PropertyIsGreaterThanOrEqualTo>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>55</ogc:Literal>
        </ogc:PropertyIsGreaterThanOrEqualTo>
        <ogc:PropertyIsLessThan>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>65</ogc:Literal>
        </ogc:PropertyIsLessThan>
       </ogc:And>
      </ogc:And>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="wind/from_060.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>29</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>wind_speed_ms</ogc:PropertyName> m/s</se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
       <se:SvgParameter name="font-weight">bold</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>0.5</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>40</se:DisplacementX>
         <se:DisplacementY>0</se:DisplacementY>
        </se:Displacement>
       </se:PointPlacement>
      </se:LabelPlacement>
      <se:Halo>
       <se:Radius>2</se:Radius>
       <se:Fill>
        <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
        <se:SvgParameter name="fill-opacity">0.78</se:SvgParameter>
       </se:Fill>
      </se:Halo>
      <se:Fill>
       <se:SvgParameter name="fill">#0d47a1</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Wind from 70°</se:Name>
     <se:Description>
      <se:Title>Wind from 70° (arrow points downwind)</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:And>
       <ogc:PropertyIsNotEqualTo>
        <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
        <ogc:Literal />
       </ogc:PropertyIsNotEqualTo>
       <ogc:And>
        <ogc:PropertyIsGreaterThanOrEqualTo>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>65</ogc:Literal>
        </ogc:PropertyIsGreaterThanOrEqualTo>
        <ogc:PropertyIsLessThan>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>75</ogc:Literal>
        </ogc:PropertyIsLessThan>
       </ogc:And>
      </ogc:And>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="wind/from_070.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>29</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>wind_speed_ms</ogc:PropertyName> m/s</se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
       <se:SvgParameter name="font-weight">bold</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>0.5</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>40</se:DisplacementX>
         <se:DisplacementY>0</se:DisplacementY>
        </se:Displacement>
       </se:PointPlacement>
      </se:LabelPlacement>
      <se:Halo>
       <se:Radius>2</se:Radius>
       <se:Fill>
        <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
        <se:SvgParameter name="fill-opacity">0.78</se:SvgParameter>
       </se:Fill>
      </se:Halo>
      <se:Fill>
       <se:SvgParameter name="fill">#0d47a1</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Wind from 80°</se:Name>
     <se:Description>
      <se:Title>Wind from 80° (arrow points downwind)</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:And>
       <ogc:PropertyIsNotEqualTo>
        <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
        <ogc:Literal />
       </ogc:PropertyIsNotEqualTo>
       <ogc:And>
        <ogc:PropertyIsGreaterThanOrEqualTo>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>75</ogc:Literal>
        </ogc:PropertyIsGreaterThanOrEqualTo>
        <ogc:PropertyIsLessThan>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>85</ogc:Literal>
        </ogc:PropertyIsLessThan>
       </ogc:And>
      </ogc:And>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="wind/from_080.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>29</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>wind_speed_ms</ogc:PropertyName> m/s</se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
       <se:SvgParameter name="font-weight">bold</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>0.5</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>40</se:DisplacementX>
         <se:DisplacementY>0</se:DisplacementY>
        </se:Displacement>
       </se:PointPlacement>
      </se:LabelPlacement>
      <se:Halo>
       <se:Radius>2</se:Radius>
       <se:Fill>
        <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
        <se:SvgParameter name="fill-opacity">0.78</se:SvgParameter>
       </se:Fill>
      </se:Halo>
      <se:Fill>
       <se:SvgParameter name="fill">#0d47a1</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Wind from 90°</se:Name>
     <se:Description>
      <se:Title>Wind from 90° (arrow points downwind)</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:And>
       <ogc:PropertyIsNotEqualTo>
        <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
        <ogc:Literal />
       </ogc:PropertyIsNotEqualTo>
       <ogc:And>
        <ogc:PropertyIsGreaterThanOrEqualTo>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>85</ogc:Literal>
        </ogc:PropertyIsGreaterThanOrEqualTo>
        <ogc:PropertyIsLessThan>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>95</ogc:Literal>
        </ogc:PropertyIsLessThan>
       </ogc:And>
      </ogc:And>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="wind/from_090.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>29</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>wind_speed_ms</ogc:PropertyName> m/s</se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
       <se:SvgParameter name="font-weight">bold</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>0.5</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>40</se:DisplacementX>
         <se:DisplacementY>0</se:DisplacementY>
        </se:Displacement>
       </se:PointPlacement>
      </se:LabelPlacement>
      <se:Halo>
       <se:Radius>2</se:Radius>
       <se:Fill>
        <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
        <se:SvgParameter name="fill-opacity">0.78</se:SvgParameter>
       </se:Fill>
      </se:Halo>
      <se:Fill>
       <se:SvgParameter name="fill">#0d47a1</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Wind from 100°</se:Name>
     <se:Description>
      <se:Title>Wind from 100° (arrow points downwind)</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:And>
       <ogc:PropertyIsNotEqualTo>
        <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
        <ogc:Literal />
       </ogc:PropertyIsNotEqualTo>
       <ogc:And>
        <ogc:PropertyIsGreaterThanOrEqualTo>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>95</ogc:Literal>
        </ogc:PropertyIsGreaterThanOrEqualTo>
        <ogc:PropertyIsLessThan>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>105</ogc:Literal>
        </ogc:PropertyIsLessThan>
       </ogc:And>
      </ogc:And>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="wind/from_100.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>29</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>wind_speed_ms</ogc:PropertyName> m/s</se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
       <se:SvgParameter name="font-weight">bold</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>0.5</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>40</se:DisplacementX>
         <se:DisplacementY>0</se:DisplacementY>
        </se:Displacement>
       </se:PointPlacement>
      </se:LabelPlacement>
      <se:Halo>
       <se:Radius>2</se:Radius>
       <se:Fill>
        <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
        <se:SvgParameter name="fill-opacity">0.78</se:SvgParameter>
       </se:Fill>
      </se:Halo>
      <se:Fill>
       <se:SvgParameter name="fill">#0d47a1</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Wind from 110°</se:Name>
     <se:Description>
      <se:Title>Wind from 110° (arrow points downwind)</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:And>
       <ogc:PropertyIsNotEqualTo>
        <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
        <ogc:Literal />
       </ogc:PropertyIsNotEqualTo>
       <ogc:And>
        <ogc:PropertyIsGreaterThanOrEqualTo>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>105</ogc:Literal>
        </ogc:PropertyIsGreaterThanOrEqualTo>
        <ogc:PropertyIsLessThan>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>115</ogc:Literal>
        </ogc:PropertyIsLessThan>
       </ogc:And>
      </ogc:And>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="wind/from_110.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>29</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>wind_speed_ms</ogc:PropertyName> m/s</se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
       <se:SvgParameter name="font-weight">bold</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>0.5</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>40</se:DisplacementX>
         <se:DisplacementY>0</se:DisplacementY>
        </se:Displacement>
       </se:PointPlacement>
      </se:LabelPlacement>
      <se:Halo>
       <se:Radius>2</se:Radius>
       <se:Fill>
        <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
        <se:SvgParameter name="fill-opacity">0.78</se:SvgParameter>
       </se:Fill>
      </se:Halo>
      <se:Fill>
       <se:SvgParameter name="fill">#0d47a1</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Wind from 120°</se:Name>
     <se:Description>
      <se:Title>Wind from 120° (arrow points downwind)</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:And>
       <ogc:PropertyIsNotEqualTo>
        <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
        <ogc:Literal />
       </ogc:PropertyIsNotEqualTo>
       <ogc:And>
        <ogc:PropertyIsGreaterThanOrEqualTo>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>115</ogc:Literal>
        </ogc:PropertyIsGreaterThanOrEqualTo>
        <ogc:PropertyIsLessThan>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>125</ogc:Literal>
        </ogc:PropertyIsLessThan>
       </ogc:And>
      </ogc:And>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="wind/from_120.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>29</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>wind_speed_ms</ogc:PropertyName> m/s</se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
       <se:SvgParameter name="font-weight">bold</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>0.5</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>40</se:DisplacementX>
         <se:DisplacementY>0</se:DisplacementY>
        </se:Displacement>
       </se:PointPlacement>
      </se:LabelPlacement>
      <se:Halo>
       <se:Radius>2</se:Radius>
       <se:Fill>
        <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
        <se:SvgParameter name="fill-opacity">0.78</se:SvgParameter>
       </se:Fill>
      </se:Halo>
      <se:Fill>
       <se:SvgParameter name="fill">#0d47a1</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Wind from 130°</se:Name>
     <se:Description>
      <se:Title>Wind from 130° (arrow points downwind)</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:And>
       <ogc:PropertyIsNotEqualTo>
        <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
        <ogc:Literal />
       </ogc:PropertyIsNotEqualTo>
       <ogc:And>
        <ogc:PropertyIsGreaterThanOrEqualTo>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>125</ogc:Literal>
        </ogc:PropertyIsGreaterThanOrEqualTo>
        <ogc:PropertyIsLessThan>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>135</ogc:Literal>
        </ogc:PropertyIsLessThan>
       </ogc:And>
      </ogc:And>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="wind/from_130.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>29</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>wind_speed_ms</ogc:PropertyName> m/s</se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
       <se:SvgParameter name="font-weight">bold</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>0.5</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>40</se:DisplacementX>
         <se:DisplacementY>0</se:DisplacementY>
        </se:Displacement>
       </se:PointPlacement>
      </se:LabelPlacement>
      <se:Halo>
       <se:Radius>2</se:Radius>
       <se:Fill>
        <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
        <se:SvgParameter name="fill-opacity">0.78</se:SvgParameter>
       </se:Fill>
      </se:Halo>
      <se:Fill>
       <se:SvgParameter name="fill">#0d47a1</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Wind from 140°</se:Name>
     <se:Description>
      <se:Title>Wind from 140° (arrow points downwind)</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:And>
       <ogc:PropertyIsNotEqualTo>
        <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
        <ogc:Literal />
       </ogc:PropertyIsNotEqualTo>
       <ogc:And>
        <ogc:PropertyIsGreaterThanOrEqualTo>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>135</ogc:Literal>
        </ogc:PropertyIsGreaterThanOrEqualTo>
        <ogc:PropertyIsLessThan>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>145</ogc:Literal>
        </ogc:PropertyIsLessThan>
       </ogc:And>
      </ogc:And>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="wind/from_140.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>29</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>wind_speed_ms</ogc:PropertyName> m/s</se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
       <se:SvgParameter name="font-weight">bold</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>0.5</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>40</se:DisplacementX>
         <se:DisplacementY>0</se:DisplacementY>
        </se:Displacement>
       </se:PointPlacement>
      </se:LabelPlacement>
      <se:Halo>
       <se:Radius>2</se:Radius>
       <se:Fill>
        <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
        <se:SvgParameter name="fill-opacity">0.78</se:SvgParameter>
       </se:Fill>
      </se:Halo>
      <se:Fill>
       <se:SvgParameter name="fill">#0d47a1</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Wind from 150°</se:Name>
     <se:Description>
      <se:Title>Wind from 150° (arrow points downwind)</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:And>
       <ogc:PropertyIsNotEqualTo>
        <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
        <ogc:Literal />
       </ogc:PropertyIsNotEqualTo>
       <ogc:And>
        <ogc:PropertyIsGreaterThanOrEqualTo>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>145</ogc:Literal>
        </ogc:PropertyIsGreaterThanOrEqualTo>
        <ogc:PropertyIsLessThan>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>155</ogc:Literal>
        </ogc:PropertyIsLessThan>
       </ogc:And>
      </ogc:And>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="wind/from_150.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>29</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>wind_speed_ms</ogc:PropertyName> m/s</se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
       <se:SvgParameter name="font-weight">bold</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>0.5</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>40</se:DisplacementX>
         <se:DisplacementY>0</se:DisplacementY>
        </se:Displacement>
       </se:PointPlacement>
      </se:LabelPlacement>
      <se:Halo>
       <se:Radius>2</se:Radius>
       <se:Fill>
        <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
        <se:SvgParameter name="fill-opacity">0.78</se:SvgParameter>
       </se:Fill>
      </se:Halo>
      <se:Fill>
       <se:SvgParameter name="fill">#0d47a1</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Wind from 160°</se:Name>
     <se:Description>
      <se:Title>Wind from 160° (arrow points downwind)</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:And>
       <ogc:PropertyIsNotEqualTo>
        <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
        <ogc:Literal />
       </ogc:PropertyIsNotEqualTo>
       <ogc:And>
        <ogc:PropertyIsGreaterThanOrEqualTo>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>155</ogc:Literal>
        </ogc:PropertyIsGreaterThanOrEqualTo>
        <ogc:PropertyIsLessThan>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>165</ogc:Literal>
        </ogc:PropertyIsLessThan>
       </ogc:And>
      </ogc:And>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="wind/from_160.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>29</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>wind_speed_ms</ogc:PropertyName> m/s</se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
       <se:SvgParameter name="font-weight">bold</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>0.5</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>40</se:DisplacementX>
         <se:DisplacementY>0</se:DisplacementY>
        </se:Displacement>
       </se:PointPlacement>
      </se:LabelPlacement>
      <se:Halo>
       <se:Radius>2</se:Radius>
       <se:Fill>
        <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
        <se:SvgParameter name="fill-opacity">0.78</se:SvgParameter>
       </se:Fill>
      </se:Halo>
      <se:Fill>
       <se:SvgParameter name="fill">#0d47a1</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Wind from 170°</se:Name>
     <se:Description>
      <se:Title>Wind from 170° (arrow points downwind)</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:And>
       <ogc:PropertyIsNotEqualTo>
        <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
        <ogc:Literal />
       </ogc:PropertyIsNotEqualTo>
       <ogc:And>
        <ogc:PropertyIsGreaterThanOrEqualTo>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>165</ogc:Literal>
        </ogc:PropertyIsGreaterThanOrEqualTo>
        <ogc:PropertyIsLessThan>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>175</ogc:Literal>
        </ogc:PropertyIsLessThan>
       </ogc:And>
      </ogc:And>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="wind/from_170.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>29</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>wind_speed_ms</ogc:PropertyName> m/s</se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
       <se:SvgParameter name="font-weight">bold</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>0.5</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>40</se:DisplacementX>
         <se:DisplacementY>0</se:DisplacementY>
        </se:Displacement>
       </se:PointPlacement>
      </se:LabelPlacement>
      <se:Halo>
       <se:Radius>2</se:Radius>
       <se:Fill>
        <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
        <se:SvgParameter name="fill-opacity">0.78</se:SvgParameter>
       </se:Fill>
      </se:Halo>
      <se:Fill>
       <se:SvgParameter name="fill">#0d47a1</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Wind from 180°</se:Name>
     <se:Description>
      <se:Title>Wind from 180° (arrow points downwind)</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:And>
       <ogc:PropertyIsNotEqualTo>
        <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
        <ogc:Literal />
       </ogc:PropertyIsNotEqualTo>
       <ogc:And>
        <ogc:PropertyIsGreaterThanOrEqualTo>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>175</ogc:Literal>
        </ogc:PropertyIsGreaterThanOrEqualTo>
        <ogc:PropertyIsLessThan>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>185</ogc:Literal>
        </ogc:PropertyIsLessThan>
       </ogc:And>
      </ogc:And>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="wind/from_180.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>29</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>wind_speed_ms</ogc:PropertyName> m/s</se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
       <se:SvgParameter name="font-weight">bold</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>0.5</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>40</se:DisplacementX>
         <se:DisplacementY>0</se:DisplacementY>
        </se:Displacement>
       </se:PointPlacement>
      </se:LabelPlacement>
      <se:Halo>
       <se:Radius>2</se:Radius>
       <se:Fill>
        <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
        <se:SvgParameter name="fill-opacity">0.78</se:SvgParameter>
       </se:Fill>
      </se:Halo>
      <se:Fill>
       <se:SvgParameter name="fill">#0d47a1</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Wind from 190°</se:Name>
     <se:Description>
      <se:Title>Wind from 190° (arrow points downwind)</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:And>
       <ogc:PropertyIsNotEqualTo>
        <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
        <ogc:Literal />
       </ogc:PropertyIsNotEqualTo>
       <ogc:And>
        <ogc:PropertyIsGreaterThanOrEqualTo>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>185</ogc:Literal>
        </ogc:PropertyIsGreaterThanOrEqualTo>
        <ogc:PropertyIsLessThan>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>195</ogc:Literal>
        </ogc:PropertyIsLessThan>
       </ogc:And>
      </ogc:And>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="wind/from_190.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>29</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>wind_speed_ms</ogc:PropertyName> m/s</se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
       <se:SvgParameter name="font-weight">bold</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>0.5</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>40</se:DisplacementX>
         <se:DisplacementY>0</se:DisplacementY>
        </se:Displacement>
       </se:PointPlacement>
      </se:LabelPlacement>
      <se:Halo>
       <se:Radius>2</se:Radius>
       <se:Fill>
        <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
        <se:SvgParameter name="fill-opacity">0.78</se:SvgParameter>
       </se:Fill>
      </se:Halo>
      <se:Fill>
       <se:SvgParameter name="fill">#0d47a1</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Wind from 200°</se:Name>
     <se:Description>
      <se:Title>Wind from 200° (arrow points downwind)</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:And>
       <ogc:PropertyIsNotEqualTo>
        <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
        <ogc:Literal />
       </ogc:PropertyIsNotEqualTo>
       <ogc:And>
        <ogc:PropertyIsGreaterThanOrEqualTo>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>195</ogc:Literal>
        </ogc:PropertyIsGreaterThanOrEqualTo>
        <ogc:PropertyIsLessThan>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>205</ogc:Literal>
        </ogc:PropertyIsLessThan>
       </ogc:And>
      </ogc:And>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="wind/from_200.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>29</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>wind_speed_ms</ogc:PropertyName> m/s</se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
       <se:SvgParameter name="font-weight">bold</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>0.5</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>40</se:DisplacementX>
         <se:DisplacementY>0</se:DisplacementY>
        </se:Displacement>
       </se:PointPlacement>
      </se:LabelPlacement>
      <se:Halo>
       <se:Radius>2</se:Radius>
       <se:Fill>
        <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
        <se:SvgParameter name="fill-opacity">0.78</se:SvgParameter>
       </se:Fill>
      </se:Halo>
      <se:Fill>
       <se:SvgParameter name="fill">#0d47a1</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Wind from 210°</se:Name>
     <se:Description>
      <se:Title>Wind from 210° (arrow points downwind)</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:And>
       <ogc:PropertyIsNotEqualTo>
        <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
        <ogc:Literal />
       </ogc:PropertyIsNotEqualTo>
       <ogc:And>
        <ogc:PropertyIsGreaterThanOrEqualTo>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>205</ogc:Literal>
        </ogc:PropertyIsGreaterThanOrEqualTo>
        <ogc:PropertyIsLessThan>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>215</ogc:Literal>
        </ogc:PropertyIsLessThan>
       </ogc:And>
      </ogc:And>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="wind/from_210.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>29</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>wind_speed_ms</ogc:PropertyName> m/s</se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
       <se:SvgParameter name="font-weight">bold</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>0.5</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>40</se:DisplacementX>
         <se:DisplacementY>0</se:DisplacementY>
        </se:Displacement>
       </se:PointPlacement>
      </se:LabelPlacement>
      <se:Halo>
       <se:Radius>2</se:Radius>
       <se:Fill>
        <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
        <se:SvgParameter name="fill-opacity">0.78</se:SvgParameter>
       </se:Fill>
      </se:Halo>
      <se:Fill>
       <se:SvgParameter name="fill">#0d47a1</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Wind from 220°</se:Name>
     <se:Description>
      <se:Title>Wind from 220° (arrow points downwind)</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:And>
       <ogc:PropertyIsNotEqualTo>
        <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
        <ogc:Literal />
       </ogc:PropertyIsNotEqualTo>
       <ogc:And>
        <ogc:PropertyIsGreaterThanOrEqualTo>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>215</ogc:Literal>
        </ogc:PropertyIsGreaterThanOrEqualTo>
        <ogc:PropertyIsLessThan>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>225</ogc:Literal>
        </ogc:PropertyIsLessThan>
       </ogc:And>
      </ogc:And>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="wind/from_220.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>29</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>wind_speed_ms</ogc:PropertyName> m/s</se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
       <se:SvgParameter name="font-weight">bold</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>0.5</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>40</se:DisplacementX>
         <se:DisplacementY>0</se:DisplacementY>
        </se:Displacement>
       </se:PointPlacement>
      </se:LabelPlacement>
      <se:Halo>
       <se:Radius>2</se:Radius>
       <se:Fill>
        <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
        <se:SvgParameter name="fill-opacity">0.78</se:SvgParameter>
       </se:Fill>
      </se:Halo>
      <se:Fill>
       <se:SvgParameter name="fill">#0d47a1</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Wind from 230°</se:Name>
     <se:Description>
      <se:Title>Wind from 230° (arrow points downwind)</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:And>
       <ogc:PropertyIsNotEqualTo>
        <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
        <ogc:Literal />
       </ogc:PropertyIsNotEqualTo>
       <ogc:And>
        <ogc:PropertyIsGreaterThanOrEqualTo>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>225</ogc:Literal>
        </ogc:PropertyIsGreaterThanOrEqualTo>
        <ogc:PropertyIsLessThan>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>235</ogc:Literal>
        </ogc:PropertyIsLessThan>
       </ogc:And>
      </ogc:And>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="wind/from_230.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>29</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>wind_speed_ms</ogc:PropertyName> m/s</se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
       <se:SvgParameter name="font-weight">bold</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>0.5</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>40</se:DisplacementX>
         <se:DisplacementY>0</se:DisplacementY>
        </se:Displacement>
       </se:PointPlacement>
      </se:LabelPlacement>
      <se:Halo>
       <se:Radius>2</se:Radius>
       <se:Fill>
        <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
        <se:SvgParameter name="fill-opacity">0.78</se:SvgParameter>
       </se:Fill>
      </se:Halo>
      <se:Fill>
       <se:SvgParameter name="fill">#0d47a1</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Wind from 240°</se:Name>
     <se:Description>
      <se:Title>Wind from 240° (arrow points downwind)</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:And>
       <ogc:PropertyIsNotEqualTo>
        <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
        <ogc:Literal />
       </ogc:PropertyIsNotEqualTo>
       <ogc:And>
        <ogc:PropertyIsGreaterThanOrEqualTo>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>235</ogc:Literal>
        </ogc:PropertyIsGreaterThanOrEqualTo>
        <ogc:PropertyIsLessThan>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>245</ogc:Literal>
        </ogc:PropertyIsLessThan>
       </ogc:And>
      </ogc:And>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="wind/from_240.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>29</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>wind_speed_ms</ogc:PropertyName> m/s</se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
       <se:SvgParameter name="font-weight">bold</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>0.5</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>40</se:DisplacementX>
         <se:DisplacementY>0</se:DisplacementY>
        </se:Displacement>
       </se:PointPlacement>
      </se:LabelPlacement>
      <se:Halo>
       <se:Radius>2</se:Radius>
       <se:Fill>
        <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
        <se:SvgParameter name="fill-opacity">0.78</se:SvgParameter>
       </se:Fill>
      </se:Halo>
      <se:Fill>
       <se:SvgParameter name="fill">#0d47a1</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Wind from 250°</se:Name>
     <se:Description>
      <se:Title>Wind from 250° (arrow points downwind)</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:And>
       <ogc:PropertyIsNotEqualTo>
        <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
        <ogc:Literal />
       </ogc:PropertyIsNotEqualTo>
       <ogc:And>
        <ogc:PropertyIsGreaterThanOrEqualTo>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>245</ogc:Literal>
        </ogc:PropertyIsGreaterThanOrEqualTo>
        <ogc:PropertyIsLessThan>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>255</ogc:Literal>
        </ogc:PropertyIsLessThan>
       </ogc:And>
      </ogc:And>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="wind/from_250.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>29</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>wind_speed_ms</ogc:PropertyName> m/s</se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
       <se:SvgParameter name="font-weight">bold</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>0.5</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>40</se:DisplacementX>
         <se:DisplacementY>0</se:DisplacementY>
        </se:Displacement>
       </se:PointPlacement>
      </se:LabelPlacement>
      <se:Halo>
       <se:Radius>2</se:Radius>
       <se:Fill>
        <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
        <se:SvgParameter name="fill-opacity">0.78</se:SvgParameter>
       </se:Fill>
      </se:Halo>
      <se:Fill>
       <se:SvgParameter name="fill">#0d47a1</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Wind from 260°</se:Name>
     <se:Description>
      <se:Title>Wind from 260° (arrow points downwind)</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:And>
       <ogc:PropertyIsNotEqualTo>
        <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
        <ogc:Literal />
       </ogc:PropertyIsNotEqualTo>
       <ogc:And>
        <ogc:PropertyIsGreaterThanOrEqualTo>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>255</ogc:Literal>
        </ogc:PropertyIsGreaterThanOrEqualTo>
        <ogc:PropertyIsLessThan>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>265</ogc:Literal>
        </ogc:PropertyIsLessThan>
       </ogc:And>
      </ogc:And>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="wind/from_260.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>29</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>wind_speed_ms</ogc:PropertyName> m/s</se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
       <se:SvgParameter name="font-weight">bold</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>0.5</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>40</se:DisplacementX>
         <se:DisplacementY>0</se:DisplacementY>
        </se:Displacement>
       </se:PointPlacement>
      </se:LabelPlacement>
      <se:Halo>
       <se:Radius>2</se:Radius>
       <se:Fill>
        <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
        <se:SvgParameter name="fill-opacity">0.78</se:SvgParameter>
       </se:Fill>
      </se:Halo>
      <se:Fill>
       <se:SvgParameter name="fill">#0d47a1</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Wind from 270°</se:Name>
     <se:Description>
      <se:Title>Wind from 270° (arrow points downwind)</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:And>
       <ogc:PropertyIsNotEqualTo>
        <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
        <ogc:Literal />
       </ogc:PropertyIsNotEqualTo>
       <ogc:And>
        <ogc:PropertyIsGreaterThanOrEqualTo>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>265</ogc:Literal>
        </ogc:PropertyIsGreaterThanOrEqualTo>
        <ogc:PropertyIsLessThan>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>275</ogc:Literal>
        </ogc:PropertyIsLessThan>
       </ogc:And>
      </ogc:And>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="wind/from_270.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>29</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>wind_speed_ms</ogc:PropertyName> m/s</se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
       <se:SvgParameter name="font-weight">bold</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>0.5</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>40</se:DisplacementX>
         <se:DisplacementY>0</se:DisplacementY>
        </se:Displacement>
       </se:PointPlacement>
      </se:LabelPlacement>
      <se:Halo>
       <se:Radius>2</se:Radius>
       <se:Fill>
        <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
        <se:SvgParameter name="fill-opacity">0.78</se:SvgParameter>
       </se:Fill>
      </se:Halo>
      <se:Fill>
       <se:SvgParameter name="fill">#0d47a1</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Wind from 280°</se:Name>
     <se:Description>
      <se:Title>Wind from 280° (arrow points downwind)</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:And>
       <ogc:PropertyIsNotEqualTo>
        <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
        <ogc:Literal />
       </ogc:PropertyIsNotEqualTo>
       <ogc:And>
        <ogc:PropertyIsGreaterThanOrEqualTo>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>275</ogc:Literal>
        </ogc:PropertyIsGreaterThanOrEqualTo>
        <ogc:PropertyIsLessThan>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>285</ogc:Literal>
        </ogc:PropertyIsLessThan>
       </ogc:And>
      </ogc:And>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="wind/from_280.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>29</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>wind_speed_ms</ogc:PropertyName> m/s</se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
       <se:SvgParameter name="font-weight">bold</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>0.5</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>40</se:DisplacementX>
         <se:DisplacementY>0</se:DisplacementY>
        </se:Displacement>
       </se:PointPlacement>
      </se:LabelPlacement>
      <se:Halo>
       <se:Radius>2</se:Radius>
       <se:Fill>
        <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
        <se:SvgParameter name="fill-opacity">0.78</se:SvgParameter>
       </se:Fill>
      </se:Halo>
      <se:Fill>
       <se:SvgParameter name="fill">#0d47a1</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Wind from 290°</se:Name>
     <se:Description>
      <se:Title>Wind from 290° (arrow points downwind)</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:And>
       <ogc:PropertyIsNotEqualTo>
        <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
        <ogc:Literal />
       </ogc:PropertyIsNotEqualTo>
       <ogc:And>
        <ogc:PropertyIsGreaterThanOrEqualTo>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>285</ogc:Literal>
        </ogc:PropertyIsGreaterThanOrEqualTo>
        <ogc:PropertyIsLessThan>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>295</ogc:Literal>
        </ogc:PropertyIsLessThan>
       </ogc:And>
      </ogc:And>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="wind/from_290.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>29</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>wind_speed_ms</ogc:PropertyName> m/s</se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
       <se:SvgParameter name="font-weight">bold</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>0.5</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>40</se:DisplacementX>
         <se:DisplacementY>0</se:DisplacementY>
        </se:Displacement>
       </se:PointPlacement>
      </se:LabelPlacement>
      <se:Halo>
       <se:Radius>2</se:Radius>
       <se:Fill>
        <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
        <se:SvgParameter name="fill-opacity">0.78</se:SvgParameter>
       </se:Fill>
      </se:Halo>
      <se:Fill>
       <se:SvgParameter name="fill">#0d47a1</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Wind from 300°</se:Name>
     <se:Description>
      <se:Title>Wind from 300° (arrow points downwind)</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:And>
       <ogc:PropertyIsNotEqualTo>
        <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
        <ogc:Literal />
       </ogc:PropertyIsNotEqualTo>
       <ogc:And>
        <ogc:PropertyIsGreaterThanOrEqualTo>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>295</ogc:Literal>
        </ogc:PropertyIsGreaterThanOrEqualTo>
        <ogc:PropertyIsLessThan>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>305</ogc:Literal>
        </ogc:PropertyIsLessThan>
       </ogc:And>
      </ogc:And>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="wind/from_300.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>29</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>wind_speed_ms</ogc:PropertyName> m/s</se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
       <se:SvgParameter name="font-weight">bold</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>0.5</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>40</se:DisplacementX>
         <se:DisplacementY>0</se:DisplacementY>
        </se:Displacement>
       </se:PointPlacement>
      </se:LabelPlacement>
      <se:Halo>
       <se:Radius>2</se:Radius>
       <se:Fill>
        <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
        <se:SvgParameter name="fill-opacity">0.78</se:SvgParameter>
       </se:Fill>
      </se:Halo>
      <se:Fill>
       <se:SvgParameter name="fill">#0d47a1</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Wind from 310°</se:Name>
     <se:Description>
      <se:Title>Wind from 310° (arrow points downwind)</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:And>
       <ogc:PropertyIsNotEqualTo>
        <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
        <ogc:Literal />
       </ogc:PropertyIsNotEqualTo>
       <ogc:And>
        <ogc:PropertyIsGreaterThanOrEqualTo>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>305</ogc:Literal>
        </ogc:PropertyIsGreaterThanOrEqualTo>
        <ogc:PropertyIsLessThan>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>315</ogc:Literal>
        </ogc:PropertyIsLessThan>
       </ogc:And>
      </ogc:And>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="wind/from_310.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>29</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>wind_speed_ms</ogc:PropertyName> m/s</se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
       <se:SvgParameter name="font-weight">bold</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>0.5</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>40</se:DisplacementX>
         <se:DisplacementY>0</se:DisplacementY>
        </se:Displacement>
       </se:PointPlacement>
      </se:LabelPlacement>
      <se:Halo>
       <se:Radius>2</se:Radius>
       <se:Fill>
        <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
        <se:SvgParameter name="fill-opacity">0.78</se:SvgParameter>
       </se:Fill>
      </se:Halo>
      <se:Fill>
       <se:SvgParameter name="fill">#0d47a1</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Wind from 320°</se:Name>
     <se:Description>
      <se:Title>Wind from 320° (arrow points downwind)</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:And>
       <ogc:PropertyIsNotEqualTo>
        <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
        <ogc:Literal />
       </ogc:PropertyIsNotEqualTo>
       <ogc:And>
        <ogc:PropertyIsGreaterThanOrEqualTo>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>315</ogc:Literal>
        </ogc:PropertyIsGreaterThanOrEqualTo>
        <ogc:PropertyIsLessThan>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>325</ogc:Literal>
        </ogc:PropertyIsLessThan>
       </ogc:And>
      </ogc:And>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="wind/from_320.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>29</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>wind_speed_ms</ogc:PropertyName> m/s</se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
       <se:SvgParameter name="font-weight">bold</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>0.5</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>40</se:DisplacementX>
         <se:DisplacementY>0</se:DisplacementY>
        </se:Displacement>
       </se:PointPlacement>
      </se:LabelPlacement>
      <se:Halo>
       <se:Radius>2</se:Radius>
       <se:Fill>
        <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
        <se:SvgParameter name="fill-opacity">0.78</se:SvgParameter>
       </se:Fill>
      </se:Halo>
      <se:Fill>
       <se:SvgParameter name="fill">#0d47a1</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Wind from 330°</se:Name>
     <se:Description>
      <se:Title>Wind from 330° (arrow points downwind)</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:And>
       <ogc:PropertyIsNotEqualTo>
        <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
        <ogc:Literal />
       </ogc:PropertyIsNotEqualTo>
       <ogc:And>
        <ogc:PropertyIsGreaterThanOrEqualTo>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>325</ogc:Literal>
        </ogc:PropertyIsGreaterThanOrEqualTo>
        <ogc:PropertyIsLessThan>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>335</ogc:Literal>
        </ogc:PropertyIsLessThan>
       </ogc:And>
      </ogc:And>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="wind/from_330.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>29</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>wind_speed_ms</ogc:PropertyName> m/s</se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
       <se:SvgParameter name="font-weight">bold</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>0.5</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>40</se:DisplacementX>
         <se:DisplacementY>0</se:DisplacementY>
        </se:Displacement>
       </se:PointPlacement>
      </se:LabelPlacement>
      <se:Halo>
       <se:Radius>2</se:Radius>
       <se:Fill>
        <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
        <se:SvgParameter name="fill-opacity">0.78</se:SvgParameter>
       </se:Fill>
      </se:Halo>
      <se:Fill>
       <se:SvgParameter name="fill">#0d47a1</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Wind from 340°</se:Name>
     <se:Description>
      <se:Title>Wind from 340° (arrow points downwind)</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:And>
       <ogc:PropertyIsNotEqualTo>
        <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
        <ogc:Literal />
       </ogc:PropertyIsNotEqualTo>
       <ogc:And>
        <ogc:PropertyIsGreaterThanOrEqualTo>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>335</ogc:Literal>
        </ogc:PropertyIsGreaterThanOrEqualTo>
        <ogc:PropertyIsLessThan>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>345</ogc:Literal>
        </ogc:PropertyIsLessThan>
       </ogc:And>
      </ogc:And>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="wind/from_340.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>29</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>wind_speed_ms</ogc:PropertyName> m/s</se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
       <se:SvgParameter name="font-weight">bold</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>0.5</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>40</se:DisplacementX>
         <se:DisplacementY>0</se:DisplacementY>
        </se:Displacement>
       </se:PointPlacement>
      </se:LabelPlacement>
      <se:Halo>
       <se:Radius>2</se:Radius>
       <se:Fill>
        <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
        <se:SvgParameter name="fill-opacity">0.78</se:SvgParameter>
       </se:Fill>
      </se:Halo>
      <se:Fill>
       <se:SvgParameter name="fill">#0d47a1</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Wind from 350°</se:Name>
     <se:Description>
      <se:Title>Wind from 350° (arrow points downwind)</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:And>
       <ogc:PropertyIsNotEqualTo>
        <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
        <ogc:Literal />
       </ogc:PropertyIsNotEqualTo>
       <ogc:And>
        <ogc:PropertyIsGreaterThanOrEqualTo>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>345</ogc:Literal>
        </ogc:PropertyIsGreaterThanOrEqualTo>
        <ogc:PropertyIsLessThan>
         <ogc:PropertyName>wind_from_deg</ogc:PropertyName>
         <ogc:Literal>355</ogc:Literal>
        </ogc:PropertyIsLessThan>
       </ogc:And>
      </ogc:And>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="wind/from_350.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>29</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>wind_speed_ms</ogc:PropertyName> m/s</se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
       <se:SvgParameter name="font-weight">bold</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>0.5</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>40</se:DisplacementX>
         <se:DisplacementY>0</se:DisplacementY>
        </se:Displacement>
       </se:PointPlacement>
      </se:LabelPlacement>
      <se:Halo>
       <se:Radius>2</se:Radius>
       <se:Fill>
        <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
        <se:SvgParameter name="fill-opacity">0.78</se:SvgParameter>
       </se:Fill>
      </se:Halo>
      <se:Fill>
       <se:SvgParameter name="fill">#0d47a1</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>No wind direction</se:Name>
     <se:Description>
      <se:Title>No wind direction</se:Title>
     </se:Description>
     <se:ElseFilter />
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
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>wind_speed_ms</ogc:PropertyName> m/s</se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
       <se:SvgParameter name="font-weight">bold</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>0.5</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>40</se:DisplacementX>
         <se:DisplacementY>0</se:DisplacementY>
        </se:Displacement>
       </se:PointPlacement>
      </se:LabelPlacement>
      <se:Halo>
       <se:Radius>2</se:Radius>
       <se:Fill>
        <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
        <se:SvgParameter name="fill-opacity">0.78</se:SvgParameter>
       </se:Fill>
      </se:Halo>
      <se:Fill>
       <se:SvgParameter name="fill">#0d47a1</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
   </se:FeatureTypeStyle>
  </UserStyle>
 </NamedLayer>
</StyledLayerDescriptor>
