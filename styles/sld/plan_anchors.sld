<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc" xmlns:se="http://www.opengis.net/se" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" version="1.1.0" xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.1.0/StyledLayerDescriptor.xsd">
 <NamedLayer>
  <se:Name>plan_anchors</se:Name>
  <UserStyle>
   <se:Name>plan_anchors</se:Name>
   <se:FeatureTypeStyle>
    <se:Rule>
     <se:Name>Operational command post (PC-Ops)</se:Name>
     <se:Description>
      <se:Title>Operational command post (PC-Ops)</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:PropertyIsEqualTo>
       <ogc:PropertyName>kind</ogc:PropertyName>
       <ogc:Literal>pc_ops</ogc:Literal>
      </ogc:PropertyIsEqualTo>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:Mark>
        <se:WellKnownName>circle</se:WellKnownName>
        <se:Fill>
         <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
         <se:SvgParameter name="fill-opacity">0.36</se:SvgParameter>
        </se:Fill>
        <se:Stroke>
         <se:SvgParameter name="stroke">#37474f</se:SvgParameter>
         <se:SvgParameter name="stroke-width">1</se:SvgParameter>
         <se:SvgParameter name="stroke-dasharray">4 2</se:SvgParameter>
         <se:SvgParameter name="stroke-opacity">0.6</se:SvgParameter>
        </se:Stroke>
       </se:Mark>
       <se:Size>27</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="prepared/pc_ops.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>23</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>label</ogc:PropertyName></se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>1.0</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>0</se:DisplacementX>
         <se:DisplacementY>-16</se:DisplacementY>
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
       <se:SvgParameter name="fill">#455a64</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Coordination committee (CC)</se:Name>
     <se:Description>
      <se:Title>Coordination committee (CC)</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:PropertyIsEqualTo>
       <ogc:PropertyName>kind</ogc:PropertyName>
       <ogc:Literal>coordination_committee</ogc:Literal>
      </ogc:PropertyIsEqualTo>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:Mark>
        <se:WellKnownName>circle</se:WellKnownName>
        <se:Fill>
         <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
         <se:SvgParameter name="fill-opacity">0.36</se:SvgParameter>
        </se:Fill>
        <se:Stroke>
         <se:SvgParameter name="stroke">#37474f</se:SvgParameter>
         <se:SvgParameter name="stroke-width">1</se:SvgParameter>
         <se:SvgParameter name="stroke-dasharray">4 2</se:SvgParameter>
         <se:SvgParameter name="stroke-opacity">0.6</se:SvgParameter>
        </se:Stroke>
       </se:Mark>
       <se:Size>27</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="prepared/coordination_committee.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>23</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>label</ogc:PropertyName></se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>1.0</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>0</se:DisplacementX>
         <se:DisplacementY>-16</se:DisplacementY>
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
       <se:SvgParameter name="fill">#455a64</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Advanced medical post (PMA)</se:Name>
     <se:Description>
      <se:Title>Advanced medical post (PMA)</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:PropertyIsEqualTo>
       <ogc:PropertyName>kind</ogc:PropertyName>
       <ogc:Literal>advanced_medical_post</ogc:Literal>
      </ogc:PropertyIsEqualTo>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:Mark>
        <se:WellKnownName>circle</se:WellKnownName>
        <se:Fill>
         <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
         <se:SvgParameter name="fill-opacity">0.36</se:SvgParameter>
        </se:Fill>
        <se:Stroke>
         <se:SvgParameter name="stroke">#37474f</se:SvgParameter>
         <se:SvgParameter name="stroke-width">1</se:SvgParameter>
         <se:SvgParameter name="stroke-dasharray">4 2</se:SvgParameter>
         <se:SvgParameter name="stroke-opacity">0.6</se:SvgParameter>
        </se:Stroke>
       </se:Mark>
       <se:Size>27</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="prepared/advanced_medical_post.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>23</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>label</ogc:PropertyName></se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>1.0</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>0</se:DisplacementX>
         <se:DisplacementY>-16</se:DisplacementY>
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
       <se:SvgParameter name="fill">#455a64</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Triage / transfer point</se:Name>
     <se:Description>
      <se:Title>Triage / transfer point</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:PropertyIsEqualTo>
       <ogc:PropertyName>kind</ogc:PropertyName>
       <ogc:Literal>triage_point</ogc:Literal>
      </ogc:PropertyIsEqualTo>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:Mark>
        <se:WellKnownName>circle</se:WellKnownName>
        <se:Fill>
         <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
         <se:SvgParameter name="fill-opacity">0.36</se:SvgParameter>
        </se:Fill>
        <se:Stroke>
         <se:SvgParameter name="stroke">#37474f</se:SvgParameter>
         <se:SvgParameter name="stroke-width">1</se:SvgParameter>
         <se:SvgParameter name="stroke-dasharray">4 2</se:SvgParameter>
         <se:SvgParameter name="stroke-opacity">0.6</se:SvgParameter>
        </se:Stroke>
       </se:Mark>
       <se:Size>27</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="prepared/triage_point.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>23</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>label</ogc:PropertyName></se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>1.0</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>0</se:DisplacementX>
         <se:DisplacementY>-16</se:DisplacementY>
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
       <se:SvgParameter name="fill">#455a64</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Ambulance park</se:Name>
     <se:Description>
      <se:Title>Ambulance park</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:PropertyIsEqualTo>
       <ogc:PropertyName>kind</ogc:PropertyName>
       <ogc:Literal>ambulance_park</ogc:Literal>
      </ogc:PropertyIsEqualTo>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:Mark>
        <se:WellKnownName>circle</se:WellKnownName>
        <se:Fill>
         <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
         <se:SvgParameter name="fill-opacity">0.36</se:SvgParameter>
        </se:Fill>
        <se:Stroke>
         <se:SvgParameter name="stroke">#37474f</se:SvgParameter>
         <se:SvgParameter name="stroke-width">1</se:SvgParameter>
         <se:SvgParameter name="stroke-dasharray">4 2</se:SvgParameter>
         <se:SvgParameter name="stroke-opacity">0.6</se:SvgParameter>
        </se:Stroke>
       </se:Mark>
       <se:Size>27</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="prepared/ambulance_park.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>23</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>label</ogc:PropertyName></se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>1.0</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>0</se:DisplacementX>
         <se:DisplacementY>-16</se:DisplacementY>
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
       <se:SvgParameter name="fill">#455a64</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Victim and involved-persons reception centre</se:Name>
     <se:Description>
      <se:Title>Victim and involved-persons reception centre</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:PropertyIsEqualTo>
       <ogc:PropertyName>kind</ogc:PropertyName>
       <ogc:Literal>reception_centre</ogc:Literal>
      </ogc:PropertyIsEqualTo>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:Mark>
        <se:WellKnownName>circle</se:WellKnownName>
        <se:Fill>
         <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
         <se:SvgParameter name="fill-opacity">0.36</se:SvgParameter>
        </se:Fill>
        <se:Stroke>
         <se:SvgParameter name="stroke">#37474f</se:SvgParameter>
         <se:SvgParameter name="stroke-width">1</se:SvgParameter>
         <se:SvgParameter name="stroke-dasharray">4 2</se:SvgParameter>
         <se:SvgParameter name="stroke-opacity">0.6</se:SvgParameter>
        </se:Stroke>
       </se:Mark>
       <se:Size>27</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="prepared/reception_centre.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>23</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>label</ogc:PropertyName></se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>1.0</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>0</se:DisplacementX>
         <se:DisplacementY>-16</se:DisplacementY>
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
       <se:SvgParameter name="fill">#455a64</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Evacuation / shelter centre</se:Name>
     <se:Description>
      <se:Title>Evacuation / shelter centre</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:PropertyIsEqualTo>
       <ogc:PropertyName>kind</ogc:PropertyName>
       <ogc:Literal>evacuation_centre</ogc:Literal>
      </ogc:PropertyIsEqualTo>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:Mark>
        <se:WellKnownName>circle</se:WellKnownName>
        <se:Fill>
         <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
         <se:SvgParameter name="fill-opacity">0.36</se:SvgParameter>
        </se:Fill>
        <se:Stroke>
         <se:SvgParameter name="stroke">#37474f</se:SvgParameter>
         <se:SvgParameter name="stroke-width">1</se:SvgParameter>
         <se:SvgParameter name="stroke-dasharray">4 2</se:SvgParameter>
         <se:SvgParameter name="stroke-opacity">0.6</se:SvgParameter>
        </se:Stroke>
       </se:Mark>
       <se:Size>27</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="prepared/evacuation_centre.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>23</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>label</ogc:PropertyName></se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>1.0</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>0</se:DisplacementX>
         <se:DisplacementY>-16</se:DisplacementY>
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
       <se:SvgParameter name="fill">#455a64</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Regroupment point for responders</se:Name>
     <se:Description>
      <se:Title>Regroupment point for responders</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:PropertyIsEqualTo>
       <ogc:PropertyName>kind</ogc:PropertyName>
       <ogc:Literal>regroupment_point</ogc:Literal>
      </ogc:PropertyIsEqualTo>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:Mark>
        <se:WellKnownName>circle</se:WellKnownName>
        <se:Fill>
         <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
         <se:SvgParameter name="fill-opacity">0.36</se:SvgParameter>
        </se:Fill>
        <se:Stroke>
         <se:SvgParameter name="stroke">#37474f</se:SvgParameter>
         <se:SvgParameter name="stroke-width">1</se:SvgParameter>
         <se:SvgParameter name="stroke-dasharray">4 2</se:SvgParameter>
         <se:SvgParameter name="stroke-opacity">0.6</se:SvgParameter>
        </se:Stroke>
       </se:Mark>
       <se:Size>27</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="prepared/regroupment_point.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>23</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>label</ogc:PropertyName></se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>1.0</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>0</se:DisplacementX>
         <se:DisplacementY>-16</se:DisplacementY>
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
       <se:SvgParameter name="fill">#455a64</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Staging area for means</se:Name>
     <se:Description>
      <se:Title>Staging area for means</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:PropertyIsEqualTo>
       <ogc:PropertyName>kind</ogc:PropertyName>
       <ogc:Literal>staging_area</ogc:Literal>
      </ogc:PropertyIsEqualTo>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:Mark>
        <se:WellKnownName>circle</se:WellKnownName>
        <se:Fill>
         <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
         <se:SvgParameter name="fill-opacity">0.36</se:SvgParameter>
        </se:Fill>
        <se:Stroke>
         <se:SvgParameter name="stroke">#37474f</se:SvgParameter>
         <se:SvgParameter name="stroke-width">1</se:SvgParameter>
         <se:SvgParameter name="stroke-dasharray">4 2</se:SvgParameter>
         <se:SvgParameter name="stroke-opacity">0.6</se:SvgParameter>
        </se:Stroke>
       </se:Mark>
       <se:Size>27</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="prepared/staging_area.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>23</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>label</ogc:PropertyName></se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>1.0</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>0</se:DisplacementX>
         <se:DisplacementY>-16</se:DisplacementY>
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
       <se:SvgParameter name="fill">#455a64</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Press point</se:Name>
     <se:Description>
      <se:Title>Press point</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:PropertyIsEqualTo>
       <ogc:PropertyName>kind</ogc:PropertyName>
       <ogc:Literal>press_point</ogc:Literal>
      </ogc:PropertyIsEqualTo>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:Mark>
        <se:WellKnownName>circle</se:WellKnownName>
        <se:Fill>
         <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
         <se:SvgParameter name="fill-opacity">0.36</se:SvgParameter>
        </se:Fill>
        <se:Stroke>
         <se:SvgParameter name="stroke">#37474f</se:SvgParameter>
         <se:SvgParameter name="stroke-width">1</se:SvgParameter>
         <se:SvgParameter name="stroke-dasharray">4 2</se:SvgParameter>
         <se:SvgParameter name="stroke-opacity">0.6</se:SvgParameter>
        </se:Stroke>
       </se:Mark>
       <se:Size>27</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="prepared/press_point.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>23</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>label</ogc:PropertyName></se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>1.0</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>0</se:DisplacementX>
         <se:DisplacementY>-16</se:DisplacementY>
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
       <se:SvgParameter name="fill">#455a64</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Helicopter landing zone</se:Name>
     <se:Description>
      <se:Title>Helicopter landing zone</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:PropertyIsEqualTo>
       <ogc:PropertyName>kind</ogc:PropertyName>
       <ogc:Literal>helicopter_landing_zone</ogc:Literal>
      </ogc:PropertyIsEqualTo>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:Mark>
        <se:WellKnownName>circle</se:WellKnownName>
        <se:Fill>
         <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
         <se:SvgParameter name="fill-opacity">0.36</se:SvgParameter>
        </se:Fill>
        <se:Stroke>
         <se:SvgParameter name="stroke">#37474f</se:SvgParameter>
         <se:SvgParameter name="stroke-width">1</se:SvgParameter>
         <se:SvgParameter name="stroke-dasharray">4 2</se:SvgParameter>
         <se:SvgParameter name="stroke-opacity">0.6</se:SvgParameter>
        </se:Stroke>
       </se:Mark>
       <se:Size>27</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="prepared/helicopter_landing_zone.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>23</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>label</ogc:PropertyName></se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>1.0</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>0</se:DisplacementX>
         <se:DisplacementY>-16</se:DisplacementY>
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
       <se:SvgParameter name="fill">#455a64</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Decontamination point</se:Name>
     <se:Description>
      <se:Title>Decontamination point</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:PropertyIsEqualTo>
       <ogc:PropertyName>kind</ogc:PropertyName>
       <ogc:Literal>decontamination_point</ogc:Literal>
      </ogc:PropertyIsEqualTo>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:Mark>
        <se:WellKnownName>circle</se:WellKnownName>
        <se:Fill>
         <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
         <se:SvgParameter name="fill-opacity">0.36</se:SvgParameter>
        </se:Fill>
        <se:Stroke>
         <se:SvgParameter name="stroke">#37474f</se:SvgParameter>
         <se:SvgParameter name="stroke-width">1</se:SvgParameter>
         <se:SvgParameter name="stroke-dasharray">4 2</se:SvgParameter>
         <se:SvgParameter name="stroke-opacity">0.6</se:SvgParameter>
        </se:Stroke>
       </se:Mark>
       <se:Size>27</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="prepared/decontamination_point.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>23</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>label</ogc:PropertyName></se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>1.0</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>0</se:DisplacementX>
         <se:DisplacementY>-16</se:DisplacementY>
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
       <se:SvgParameter name="fill">#455a64</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Road block</se:Name>
     <se:Description>
      <se:Title>Road block</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:PropertyIsEqualTo>
       <ogc:PropertyName>kind</ogc:PropertyName>
       <ogc:Literal>road_block</ogc:Literal>
      </ogc:PropertyIsEqualTo>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:Mark>
        <se:WellKnownName>circle</se:WellKnownName>
        <se:Fill>
         <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
         <se:SvgParameter name="fill-opacity">0.36</se:SvgParameter>
        </se:Fill>
        <se:Stroke>
         <se:SvgParameter name="stroke">#37474f</se:SvgParameter>
         <se:SvgParameter name="stroke-width">1</se:SvgParameter>
         <se:SvgParameter name="stroke-dasharray">4 2</se:SvgParameter>
         <se:SvgParameter name="stroke-opacity">0.6</se:SvgParameter>
        </se:Stroke>
       </se:Mark>
       <se:Size>27</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="prepared/road_block.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>23</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>label</ogc:PropertyName></se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>1.0</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>0</se:DisplacementX>
         <se:DisplacementY>-16</se:DisplacementY>
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
       <se:SvgParameter name="fill">#455a64</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
    <se:Rule>
     <se:Name>Incident origin (hazard source)</se:Name>
     <se:Description>
      <se:Title>Incident origin (hazard source)</se:Title>
     </se:Description>
     <ogc:Filter>
      <ogc:PropertyIsEqualTo>
       <ogc:PropertyName>kind</ogc:PropertyName>
       <ogc:Literal>incident_origin</ogc:Literal>
      </ogc:PropertyIsEqualTo>
     </ogc:Filter>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:Mark>
        <se:WellKnownName>circle</se:WellKnownName>
        <se:Fill>
         <se:SvgParameter name="fill">#ffffff</se:SvgParameter>
         <se:SvgParameter name="fill-opacity">0.36</se:SvgParameter>
        </se:Fill>
        <se:Stroke>
         <se:SvgParameter name="stroke">#37474f</se:SvgParameter>
         <se:SvgParameter name="stroke-width">1</se:SvgParameter>
         <se:SvgParameter name="stroke-dasharray">4 2</se:SvgParameter>
         <se:SvgParameter name="stroke-opacity">0.6</se:SvgParameter>
        </se:Stroke>
       </se:Mark>
       <se:Size>27</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:PointSymbolizer>
      <se:Graphic>
       <se:ExternalGraphic>
        <se:OnlineResource xlink:href="prepared/incident_origin.svg" xlink:type="simple" />
        <se:Format>image/svg+xml</se:Format>
       </se:ExternalGraphic>
       <se:Size>23</se:Size>
      </se:Graphic>
     </se:PointSymbolizer>
     <se:TextSymbolizer>
      <se:Label><ogc:PropertyName>label</ogc:PropertyName></se:Label>
      <se:Font>
       <se:SvgParameter name="font-family">DejaVu Sans</se:SvgParameter>
       <se:SvgParameter name="font-size">10</se:SvgParameter>
      </se:Font>
      <se:LabelPlacement>
       <se:PointPlacement>
        <se:AnchorPoint>
         <se:AnchorPointX>0.5</se:AnchorPointX>
         <se:AnchorPointY>1.0</se:AnchorPointY>
        </se:AnchorPoint>
        <se:Displacement>
         <se:DisplacementX>0</se:DisplacementX>
         <se:DisplacementY>-16</se:DisplacementY>
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
       <se:SvgParameter name="fill">#455a64</se:SvgParameter>
      </se:Fill>
     </se:TextSymbolizer>
    </se:Rule>
   </se:FeatureTypeStyle>
  </UserStyle>
 </NamedLayer>
</StyledLayerDescriptor>
